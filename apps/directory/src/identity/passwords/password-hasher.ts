import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt from Node's own crypto (no native addon to build). N = 2^15, r = 8, p = 1 is the cost
 * OWASP recommends for scrypt: about 32 MiB and tens of milliseconds per hash. The parameters are
 * stored with each hash, so raising them later leaves existing hashes verifiable.
 */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;

const SCHEME = 'scrypt';
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Refuse stored parameters far above ours: a tampered row must not make one login eat the machine. */
const MAX_COST = 2 ** 20;

/** Node refuses when 128 * N * r reaches maxmem (32 MiB by default, exactly our need): allow twice it. */
function memoryLimit(N: number, r: number): number {
  return 2 * 128 * N * r;
}

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: memoryLimit(N, r) };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMETERS;
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, N, r, p);
  return [SCHEME, N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface StoredHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseStoredHash(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== SCHEME) return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  const sane = [N, r, p].every(Number.isSafeInteger) && N > 1 && N <= MAX_COST && (N & (N - 1)) === 0;
  if (!sane || r < 1 || r > 32 || p < 1 || p > 16 || salt.length === 0 || key.length === 0) return null;
  return { N, r, p, salt, key };
}

/** Constant-time comparison of the derived key; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.N, parsed.r, parsed.p);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

let decoyHash: Promise<string> | null = null;

/**
 * Spends the time of a real verification when no account matches the e-mail, so response times do
 * not tell which addresses have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  await verifyPassword(password, await decoyHash);
  return false;
}
