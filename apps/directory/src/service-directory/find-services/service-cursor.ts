import { decodeCursor, encodeCursor, invalidInput } from '@coordination/graphql';
import type { ServicePosition } from './service-search';

/** Services are listed by name then id; the cursor is the last one seen. */
export function encodeServiceCursor(position: ServicePosition): string {
  return encodeCursor(JSON.stringify([position.name, position.id]));
}

export function decodeServiceCursor(cursor: string): ServicePosition {
  try {
    const [name, id] = JSON.parse(decodeCursor(cursor)) as unknown[];
    if (typeof name === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { name, id };
  } catch {
    // reported below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}
