import { z } from 'zod';
import { sectorCodeSchema } from '../directory/user-events.v1';
import {
  activityCodeSchema,
  disabilityCountsSchema,
  headcountSchema,
  monthSchema,
  nationalityCountsSchema,
  placeFields,
  reportIdSchema,
  sexAgeCellsSchema,
} from './activity-schemas';
import { AGGREGATION_METHODS, REPORT_STATUSES } from './report-status';

/**
 * The whole report after the change, carried by every report event: a consumer keeps a read model
 * (coverage, partner presence) from events alone, never calling the activities service back.
 * People are counts only; there is no personal data in a report.
 */
export const activityReportSnapshotFields = {
  reportId: reportIdSchema,
  /** Grows by one with every change; a consumer ignores an event older than what it holds. */
  version: z.number().int().min(1),
  status: z.enum(REPORT_STATUSES),
  reportingOrganisationId: z.uuid(),
  implementingOrganisationId: z.uuid(),
  fundingOrganisationId: z.uuid().nullable(),
  projectCode: z.string().min(1).max(60).nullable(),
  sector: sectorCodeSchema,
  subSector: sectorCodeSchema.nullable(),
  indicatorCode: activityCodeSchema,
  /** What the quantity counts (PEOPLE, HOUSEHOLDS...) and how the indicator adds up over a year. */
  unit: activityCodeSchema,
  countsPeople: z.boolean(),
  aggregation: z.enum(AGGREGATION_METHODS),
  planYear: z.number().int().min(2000).max(2100),
  month: monthSchema,
  ...placeFields,
  siteName: z.string().min(1).max(200).nullable(),
  populationGroup: activityCodeSchema,
  modality: activityCodeSchema,
  quantity: headcountSchema,
  /** Sex and age cells of people-counting indicators; they add up to the quantity. */
  cells: sexAgeCellsSchema.nullable(),
  /** People reached for the first time this year by this partner under this indicator. */
  newBeneficiaries: headcountSchema.nullable(),
  disability: disabilityCountsSchema.nullable(),
  nationality: nationalityCountsSchema.nullable(),
  /** Data-quality warnings the report was saved with (e.g. REPORT.REACHED_ABOVE_TARGET). */
  warningCodes: z.array(z.string().min(1).max(80)).max(20),
};

export const activityReportSnapshotSchema = z.object(activityReportSnapshotFields);

export type ActivityReportSnapshot = z.output<typeof activityReportSnapshotSchema>;
