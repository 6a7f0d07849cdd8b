import { createHash } from 'node:crypto';
import type { DisabilityField, NationalityField, SexAgeCells } from '@coordination/taxonomies';
import type { ActivityReportEntity } from './activity-report.entity';

/** What a partner says in a report: everything it may set, before anything is derived from it. */
export interface ReportContent {
  reportingOrganisationId: string;
  implementingOrganisationId: string;
  fundingOrganisationId: string | null;
  projectCode: string | null;
  sector: string;
  subSector: string | null;
  indicatorCode: string;
  month: string;
  pcode: string;
  siteName: string | null;
  populationGroup: string;
  modality: string;
  quantity: number;
  cells: SexAgeCells | null;
  newBeneficiaries: number | null;
  disability: Record<DisabilityField, number> | null;
  nationality: Record<NationalityField, number> | null;
}

/** The content fields in a fixed order: diffs, fingerprints and events list them the same way. */
export const REPORT_CONTENT_FIELDS = [
  'reportingOrganisationId',
  'implementingOrganisationId',
  'fundingOrganisationId',
  'projectCode',
  'sector',
  'subSector',
  'indicatorCode',
  'month',
  'pcode',
  'siteName',
  'populationGroup',
  'modality',
  'quantity',
  'cells',
  'newBeneficiaries',
  'disability',
  'nationality',
] as const satisfies readonly (keyof ReportContent)[];

/** One field of a revision; values are what the API returned for the field (null when absent). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export function contentOf(report: ActivityReportEntity): ReportContent {
  const cells =
    report.girls === null
      ? null
      : {
          girls: report.girls,
          boys: report.boys!,
          women: report.women!,
          men: report.men!,
          unknown: report.sexAgeUnknown!,
        };
  return {
    reportingOrganisationId: report.reportingOrganisationId,
    implementingOrganisationId: report.implementingOrganisationId,
    fundingOrganisationId: report.fundingOrganisationId,
    projectCode: report.projectCode,
    sector: report.sector,
    subSector: report.subSector,
    indicatorCode: report.indicatorCode,
    month: report.month,
    pcode: report.pcode,
    siteName: report.siteName,
    populationGroup: report.populationGroup,
    modality: report.modality,
    quantity: report.quantity,
    cells,
    newBeneficiaries: report.newBeneficiaries,
    disability: report.disability,
    nationality: report.nationality,
  };
}

/** JSON with object keys sorted, so two equal values always give the same text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  // A key set to undefined says no more than a missing key.
  const keys = sortedKeys(Object.keys(record)).filter((key) => record[key] !== undefined);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
}

/**
 * Keys in `localeCompare` order, the order stored fingerprints were made with. Sorting by locale is slow
 * and objects of one shape share their keys, so each key list is sorted once (an import canonicalises
 * the same few shapes 100,000 times).
 */
const sortedKeyLists = new Map<string, readonly string[]>();
const MAX_SORTED_KEY_LISTS = 1_000;

function sortedKeys(keys: string[]): readonly string[] {
  const shape = keys.join('\u0000');
  let sorted = sortedKeyLists.get(shape);
  if (sorted === undefined) {
    if (sortedKeyLists.size >= MAX_SORTED_KEY_LISTS) sortedKeyLists.clear();
    sorted = [...keys].sort((a, b) => a.localeCompare(b));
    sortedKeyLists.set(shape, sorted);
  }
  return sorted;
}

/** The fields whose value differs, in {@link REPORT_CONTENT_FIELDS} order. */
export function diffContent(before: ReportContent | null, after: ReportContent): FieldChange[] {
  return REPORT_CONTENT_FIELDS.filter((field) => differs(before?.[field], after[field])).map((field) => ({
    field,
    from: before?.[field] ?? null,
    to: after[field],
  }));
}

function differs(before: unknown, after: unknown): boolean {
  // Nothing before (a creation): a change is any value that does not serialise to `null`, which is what
  // comparing canonical texts would find, without serialising objects (they never serialise to `null`).
  if (before === null || before === undefined) {
    if (after === null || after === undefined) return false;
    return typeof after === 'number' ? Number.isFinite(after) : true;
  }
  return canonical(before) !== canonical(after);
}

/** A digest of what a create request said, to recognise the same request sent again. */
export function fingerprintOf(content: object): string {
  return createHash('sha256').update(canonical(content)).digest('hex');
}
