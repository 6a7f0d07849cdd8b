import { createHash } from 'node:crypto';

/** Namespace of every id the service directory derives; chosen once at random, never to change. */
export const SERVICE_DIRECTORY_ID_NAMESPACE = '8d5f3c6e-0b7a-4c2e-9f41-6a2d7e3b9c15';

/** RFC 9562 UUID version 5 (SHA-1 of namespace and name). */
export function uuidV5(name: string, namespace: string = SERVICE_DIRECTORY_ID_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a row that only exists as part of another (a service's language, a schedule...). Derived
 * from the owner and the row's own key, so rewriting an unchanged service keeps the ids HSDS
 * consumers have already stored.
 */
export function derivedId(...parts: (string | number)[]): string {
  return uuidV5(parts.join('/'));
}
