import { decodeCursor, encodeCursor, invalidInput } from '@coordination/graphql';

/** Reports are listed newest month first, then by id; the cursor is the last one seen. */
export interface ReportPosition {
  month: string;
  id: string;
}

export function encodeReportCursor(position: ReportPosition): string {
  return encodeCursor(JSON.stringify([position.month, position.id]));
}

export function decodeReportCursor(cursor: string): ReportPosition {
  try {
    const [month, id] = JSON.parse(decodeCursor(cursor)) as unknown[];
    if (typeof month === 'string' && /^\d{4}-\d{2}$/.test(month) && typeof id === 'string' && id.length <= 40) {
      return { month, id };
    }
  } catch {
    // reported below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}
