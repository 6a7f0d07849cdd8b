const CENTRAL_DIRECTORY_HEADER = 0x02014b50;

/**
 * Rewrites the uncompressed size the central directory declares for one entry, the way a crafted archive
 * lies about its contents. Returns a patched copy.
 */
export function patchDeclaredSize(zip: Buffer, entryName: string, uncompressedSize: number): Buffer {
  const patched = Buffer.from(zip);
  for (let offset = 0; offset + 46 <= patched.length; offset++) {
    if (patched.readUInt32LE(offset) !== CENTRAL_DIRECTORY_HEADER) continue;
    const nameLength = patched.readUInt16LE(offset + 28);
    if (patched.toString('utf8', offset + 46, offset + 46 + nameLength) !== entryName) continue;
    patched.writeUInt32LE(uncompressedSize, offset + 24);
    return patched;
  }
  throw new Error(`No central directory entry named ${entryName}`);
}
