import { z } from 'zod';
import { sexAgeCellsSchema } from '../activities/activity-schemas';
import { pcodeSchema } from '../directory/organisation-profile.schema';
import { sectorCodeSchema } from '../directory/user-events.v1';

/** What kind of exercise an assessment is. */
export const ASSESSMENT_TYPES = [
  'JOINT_NEEDS_ANALYSIS',
  'RAPID_ASSESSMENT',
  'HOUSEHOLD_SURVEY',
  'FLOW_MONITORING',
  'KEY_INFORMANT_INTERVIEWS',
] as const;

export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/** PLANNED -> ONGOING -> PUBLISHED; a published assessment has its source document. */
export const ASSESSMENT_STATUSES = ['PLANNED', 'ONGOING', 'PUBLISHED'] as const;

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Needs figures are held per department or province, never per district. */
export const NEEDS_PLACE_LEVELS = ['department', 'province'] as const;

export type NeedsPlaceLevel = (typeof NEEDS_PLACE_LEVELS)[number];

// Population groups are checked against libs/taxonomies by the producer; contracts import nothing of ours.
export const populationGroupCodeSchema = z.string().regex(/^[A-Z][A-Z_]{1,39}$/, 'must be an upper-case code');

export const isoDateSchema = z.iso.date();

export const timestampSchema = z.iso.datetime({ offset: true });

/** Identifies the series of rounds a round belongs to, e.g. `GTRM-JNA`. */
export const analysisCodeSchema = z.string().regex(/^[A-Z0-9][A-Z0-9_-]{1,59}$/, 'must be an upper-case code');

export const peopleCountSchema = z.number().int().nonnegative();

/** A place of a needs figure with the department containing it, so consumers roll up without a gazetteer. */
export const needsPlaceFields = {
  pcode: pcodeSchema,
  placeLevel: z.enum(NEEDS_PLACE_LEVELS),
  departmentPcode: pcodeSchema,
  /** Null for a figure at department level. */
  provincePcode: pcodeSchema.nullable(),
};

/** What every event of a round carries, so a consumer never needs to call back for the round. */
export const roundFields = {
  roundId: z.uuid(),
  analysisCode: analysisCodeSchema,
  planYear: z.number().int().min(2000).max(2100),
  /** First day the round's figures are in force; the round in force on a day is the latest one started by then. */
  inForceFrom: isoDateSchema,
};

export { pcodeSchema, sectorCodeSchema, sexAgeCellsSchema };
