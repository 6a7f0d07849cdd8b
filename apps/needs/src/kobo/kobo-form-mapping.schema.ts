import { z } from 'zod';
import { POPULATION_GROUPS } from '@coordination/taxonomies';

/** A question of the form as Kobo names it in its JSON: the group path and the question name. */
const koboFieldSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z_][A-Za-z0-9_.\-/]*$/, 'must be a Kobo question path such as group_lugar/distrito');

/** The name a value is kept under in the record (and its events). */
const valueNameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,62}$/, 'must be a name of letters, digits and _');

export const VALUE_TYPES = ['integer', 'number', 'text', 'choice', 'boolean'] as const;

/**
 * How one KoboToolbox form becomes assessment records. Only the questions listed here are read:
 * everything else the form asks (names, phone numbers, free text about people) is dropped at the
 * door and never stored.
 */
export const koboFormMappingSchema = z
  .object({
    place: z
      .object({
        field: koboFieldSchema,
        /** How the answer names the place: a P-code, an INEI or RENIEC ubigeo, or a name. */
        coding: z.enum(['pcode', 'inei', 'reniec', 'name']),
        /** For names: the question holding the department or province it lies in (homonyms abound). */
        parentField: koboFieldSchema.optional(),
        level: z.enum(['department', 'province', 'district']).optional(),
      })
      .strict(),
    populationGroup: z
      .union([
        z.object({ field: koboFieldSchema, values: z.record(z.string().max(100), z.enum(POPULATION_GROUPS)) }).strict(),
        z.object({ value: z.enum(POPULATION_GROUPS) }).strict(),
      ])
      .optional(),
    /** The day the data was collected; Kobo's `today`, else the day of `_submission_time`. */
    collectedOn: z.object({ field: koboFieldSchema }).strict().optional(),
    values: z
      .array(
        z
          .object({
            field: koboFieldSchema,
            name: valueNameSchema,
            type: z.enum(VALUE_TYPES),
            required: z.boolean().default(false),
            /** For `choice`: the form's choice names and the value kept for each. */
            choices: z.record(z.string().max(100), z.string().max(100)).optional(),
          })
          .strict(),
      )
      .max(100)
      .refine((values) => new Set(values.map((value) => value.name)).size === values.length, 'names must be unique'),
  })
  .strict();

export type KoboFormMapping = z.output<typeof koboFormMappingSchema>;
export type KoboFormMappingInput = z.input<typeof koboFormMappingSchema>;
