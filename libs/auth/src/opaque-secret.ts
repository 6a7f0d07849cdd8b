import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Machine secrets the platform hands out (integrator client secrets, KoboToolbox form secrets): 32
 * random bytes, shown once; only their SHA-256 is stored. They are random, not chosen by people, so a
 * plain hash is enough (no password stretching), and a copy of the table cannot be used to call in.
 */
export function newOpaqueSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashOpaqueSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function opaqueSecretMatches(presented: string, storedHash: string): boolean {
  const presentedHash = Buffer.from(hashOpaqueSecret(presented), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presentedHash.length && timingSafeEqual(presentedHash, stored);
}
