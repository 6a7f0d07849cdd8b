import { decodeCursor, encodeCursor, invalidInput } from '@coordination/graphql';

/** Aggregate rows are listed by place then a second key (indicator or sector); the cursor is the last one. */
export interface PlacePosition {
  pcode: string;
  key: string;
}

export function encodePlaceCursor(position: PlacePosition): string {
  return encodeCursor(JSON.stringify([position.pcode, position.key]));
}

export function decodePlaceCursor(cursor: string): PlacePosition {
  try {
    const [pcode, key] = JSON.parse(decodeCursor(cursor)) as unknown[];
    if (typeof pcode === 'string' && typeof key === 'string') return { pcode, key };
  } catch {
    // reported below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}
