import { z } from 'zod';
import { pcodeSchema } from '../directory/organisation-profile.schema';
import { PLACE_LEVELS } from './report-status';

// Reference codes (sectors, population groups, modalities...) are checked against libs/taxonomies by
// the producer; contracts import nothing of ours, so here they are only required to look like codes.
export const activityCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_-]{0,39}$/, 'must be an upper-case code');

/** A calendar month as `YYYY-MM`: reports and reporting periods are monthly. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2025-03');

/** Client-chosen ids of activity reports: a UUID, or a ULID as spreadsheets and mobile forms create them. */
export const reportIdSchema = z
  .string()
  .regex(
    /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-7][0-9A-HJKMNP-TV-Z]{25})$/,
    'must be a lower-case UUID or an upper-case ULID',
  );

export const headcountSchema = z.number().int().nonnegative();

export const sexAgeCellsSchema = z.object({
  girls: headcountSchema,
  boys: headcountSchema,
  women: headcountSchema,
  men: headcountSchema,
  unknown: headcountSchema,
});

export const disabilityCountsSchema = z.object({
  withDisability: headcountSchema,
  withoutDisability: headcountSchema,
  unknown: headcountSchema,
});

export const nationalityCountsSchema = z.object({
  ven: headcountSchema,
  col: headcountSchema,
  per: headcountSchema,
  other: headcountSchema,
  unknown: headcountSchema,
});

/**
 * A place with the units containing it, so a read model can roll figures up to any level without
 * a gazetteer of its own.
 */
export const placeFields = {
  pcode: pcodeSchema,
  placeLevel: z.enum(PLACE_LEVELS),
  departmentPcode: pcodeSchema,
  /** Null for a place at department level. */
  provincePcode: pcodeSchema.nullable(),
  /** Null unless the place is a district. */
  districtPcode: pcodeSchema.nullable(),
};
