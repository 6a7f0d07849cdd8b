import { decodeCursor, encodeCursor, invalidInput, type Connection } from '@coordination/graphql';

/**
 * A page of rows computed in memory (figures are aggregated per request from at most a round's cells):
 * the cursor is the position after the last row returned, valid for the same query and the same round.
 */
export function pageOfRows<T>(rows: readonly T[], first: number, after: string | null | undefined): Connection<T> {
  let start = 0;
  if (after) {
    const position = Number(decodeCursor(after).replace(/^offset:/, ''));
    if (!decodeCursor(after).startsWith('offset:') || !Number.isInteger(position) || position < 0) {
      throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
    }
    start = position;
  }
  const nodes = rows.slice(start, start + first);
  const end = start + nodes.length;
  return {
    nodes,
    totalCount: rows.length,
    pageInfo: { hasNextPage: end < rows.length, endCursor: nodes.length > 0 ? encodeCursor(`offset:${end}`) : null },
  };
}
