import { CoverageChangedV1, type CloudEvent, type EventData } from '@coordination/contracts';

export const COVERAGE_CHANGES_TYPE_DEFS = /* GraphQL */ `
  """
  The reporting read model changed for a sector at a place: screens showing that cell refetch its
  figures (the notice carries none). Null sector or place: every sector or place changed (a needs round).
  """
  type CoverageChange {
    eventId: ID!
    planYear: Int!
    "1-12; null when every month changed (a target, a needs round)."
    month: Int
    sector: String
    "Where the change is: a district, province or department P-code."
    pcode: String
    departmentPcode: String
    "REPORT, TARGET or NEEDS_ROUND"
    cause: String!
    occurredAt: String!
  }
`;

export interface CoverageChange extends EventData<typeof CoverageChangedV1> {
  eventId: string;
  occurredAt: string;
}

export interface CoverageWatch {
  sector?: string | null;
  pcode?: string | null;
}

/** One place lies inside the other (P-codes nest by prefix: PE15 > PE1501 > PE150101). */
function nested(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The change `event` announces, when it concerns what the subscriber watches: its sector (a change of
 * every sector concerns all), and its place, which contains the change or lies inside it (a change of
 * every place concerns all). Notices carry no figures, so anyone may know which cells moved.
 */
export function coverageChangeFor(event: CloudEvent, watch: CoverageWatch): CoverageChange | undefined {
  if (event.type !== CoverageChangedV1.type) return undefined;
  const change = event.data as EventData<typeof CoverageChangedV1>;
  if (watch.sector && change.sector !== null && change.sector !== watch.sector.toUpperCase()) return undefined;
  if (watch.pcode && change.pcode !== null && !nested(change.pcode, watch.pcode.toUpperCase())) return undefined;
  return { ...change, eventId: event.id, occurredAt: event.time };
}
