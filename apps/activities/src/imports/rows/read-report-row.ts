import type { Viewer } from '@coordination/auth';
import { MODALITIES, MODALITY_LABELS, POPULATION_GROUP_LABELS, POPULATION_GROUPS } from '@coordination/taxonomies';
import { parseMonth, type NumberFormat, type TableRow, type ValueResult } from '@coordination/tabular';
import type { z } from 'zod';
import { reportFieldSchemas } from '../../reports/writing/report-content.input';
import type { ReportDraft } from '../../reports/writing/report-draft';
import type { ActivityTableFieldName } from '../file-format/activity-table-fields';
import { ImportErrorCode } from '../import.errors';
import { choiceMap, RowCells, type ImportProblem } from '@coordination/imports';
import type { OrganisationNames } from './organisation-names';
import { resolvePlaceCells } from './place-cells';

/** What a row said, as a draft for the report checks, and the column its place was read from. */
export interface ReadReportRow {
  draft: ReportDraft;
  placeField: ActivityTableFieldName;
}

export interface RowContext {
  columns: Partial<Record<string, { column: string | number } | null>>;
  numberFormat: NumberFormat;
  organisations: OrganisationNames;
  actor: Viewer;
}

const POPULATION_GROUP_CHOICES = choiceMap(POPULATION_GROUPS, POPULATION_GROUP_LABELS);
const MODALITY_CHOICES = choiceMap(MODALITIES, MODALITY_LABELS);

/**
 * Turns a row's cells into the draft a `createActivityReport` call would make, or every problem of
 * the row's values (all at once, so one pass fixes the file). The meaning of the draft (reference
 * data, sums, periods) is then checked by the reports' own checks, not here.
 */
export function readReportRow(row: TableRow, context: RowContext): ReadReportRow | ImportProblem[] {
  const cells = new RowCells<ActivityTableFieldName>(row, context);
  const { problems } = cells;
  const cell = (field: ActivityTableFieldName) => cells.text(field);
  const at = (field: ActivityTableFieldName) => cells.at(field);
  const cellAt = (field: ActivityTableFieldName) => cells.cellAt(field);
  const problem = (field: ActivityTableFieldName, code: string, message: string) => cells.problem(field, code, message);
  const value = <T>(field: ActivityTableFieldName, result: ValueResult<T>) => cells.value(field, result);
  const required = <T>(field: ActivityTableFieldName, read: T | null) => cells.required(field, read);
  const count = (field: ActivityTableFieldName) => cells.count(field);
  const shaped = <S extends z.ZodType>(field: ActivityTableFieldName, schema: S): z.infer<S> | null => {
    const text = cell(field);
    if (text === null) return null;
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    problem(field, ImportErrorCode.InvalidCode, `'${text}' ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
    return null;
  };
  const chosen = <Code extends string>(field: ActivityTableFieldName, options: Map<string, Code>) =>
    cells.chosen(field, options);
  const organisation = (field: ActivityTableFieldName): string | null => {
    const text = cell(field);
    if (text === null) return null;
    const match = context.organisations.resolve(text);
    if (match.status === 'found') return match.id;
    if (match.status === 'ambiguous') {
      problem(
        field,
        ImportErrorCode.AmbiguousOrganisation,
        `'${text}' names several organisations: ${match.candidates.join('; ')}`,
      );
    } else {
      problem(
        field,
        ImportErrorCode.UnknownOrganisation,
        `No organisation called '${text}' is known (name, acronym or alias)`,
      );
    }
    return null;
  };

  const reportingOrganisationId =
    organisation('reportingOrganisation') ?? (cell('reportingOrganisation') ? null : context.actor.organisationId);
  if (!reportingOrganisationId && !cell('reportingOrganisation')) {
    problem(
      'reportingOrganisation',
      ImportErrorCode.MissingValue,
      'reportingOrganisation is required when the importer has no organisation',
    );
  }
  const implementingOrganisationId = organisation('implementingOrganisation');
  const fundingOrganisationId = organisation('fundingOrganisation');
  const month = required('month', value('month', parseMonth(cell('month'), cellAt('month'))));
  const place = resolvePlaceCells(row.cells, month);
  if (!place.ok)
    problems.push({
      ...(place.field ? at(place.field) : at('adm3Code')),
      code: place.code,
      severity: 'error',
      message: place.message,
    });
  const draft = {
    reportingOrganisationId,
    implementingOrganisationId: implementingOrganisationId ?? reportingOrganisationId,
    fundingOrganisationId,
    projectCode: shaped('projectCode', reportFieldSchemas.projectCode),
    sector: required('sector', shaped('sector', reportFieldSchemas.sector)),
    subSector: shaped('subSector', reportFieldSchemas.subSector),
    indicatorCode: required('indicatorCode', shaped('indicatorCode', reportFieldSchemas.indicatorCode)),
    month,
    pcode: place.ok ? place.pcode : null,
    siteName: shaped('siteName', reportFieldSchemas.siteName),
    populationGroup: required('populationGroup', chosen('populationGroup', POPULATION_GROUP_CHOICES)),
    modality: required('modality', chosen('modality', MODALITY_CHOICES)),
    quantity: required('quantity', count('quantity')),
    cells: breakdown(
      { girls: 'girls', boys: 'boys', women: 'women', men: 'men', unknown: 'sexAgeUnknown' },
      row,
      count,
    ),
    newBeneficiaries: count('newBeneficiaries'),
    disability: breakdown(
      { withDisability: 'withDisability', withoutDisability: 'withoutDisability', unknown: 'disabilityUnknown' },
      row,
      count,
    ),
    nationality: breakdown(
      {
        ven: 'venezuelan',
        col: 'colombian',
        per: 'peruvian',
        other: 'otherNationality',
        unknown: 'nationalityUnknown',
      },
      row,
      count,
    ),
  };
  if (problems.length > 0) return problems;
  return { draft: draft as ReportDraft, placeField: place.ok ? place.field : 'adm3Code' };
}

/**
 * A breakdown when any of its cells is filled; the empty ones stay null so the taxonomies' checks
 * name each missing cell, exactly as for a report entered by hand.
 */
function breakdown<Key extends string>(
  fields: Record<Key, ActivityTableFieldName>,
  row: TableRow,
  count: (field: ActivityTableFieldName) => number | null,
): Record<Key, number | null> | null {
  const entries = Object.entries(fields) as [Key, ActivityTableFieldName][];
  if (entries.every(([, field]) => (row.cells[field] ?? null) === null)) return null;
  return Object.fromEntries(entries.map(([key, field]) => [key, count(field)])) as Record<Key, number | null>;
}

/** Where a refusal of the report checks (`input.cells.girls`) sits in the file. */
export function fieldOfReportPath(path: string, placeField: ActivityTableFieldName): ActivityTableFieldName {
  const [, first, second] = path.split('.');
  switch (first) {
    case 'reportingOrganisationId':
      return 'reportingOrganisation';
    case 'implementingOrganisationId':
      return 'implementingOrganisation';
    case 'fundingOrganisationId':
      return 'fundingOrganisation';
    case 'pcode':
      return placeField;
    case 'cells':
      return (
        ({ boys: 'boys', women: 'women', men: 'men', unknown: 'sexAgeUnknown' } as const)[second as 'boys'] ?? 'girls'
      );
    case 'disability':
      return (
        ({ withoutDisability: 'withoutDisability', unknown: 'disabilityUnknown' } as const)[second as 'unknown'] ??
        'withDisability'
      );
    case 'nationality':
      return (
        ({ col: 'colombian', per: 'peruvian', other: 'otherNationality', unknown: 'nationalityUnknown' } as const)[
          second as 'col'
        ] ?? 'venezuelan'
      );
    case 'sector':
    case 'subSector':
    case 'indicatorCode':
    case 'projectCode':
    case 'siteName':
    case 'month':
    case 'populationGroup':
    case 'modality':
    case 'quantity':
    case 'newBeneficiaries':
      return first;
    default:
      return 'quantity';
  }
}
