import { z } from 'zod';
import { breakdownCountsSchema, headcountSchema } from '../breakdowns/breakdown-counts-schema';
import { DISABILITY_DIMENSION } from '../breakdowns/disability';
import { LGBTIQ_DIMENSION } from '../breakdowns/lgbtiq';
import { NATIONALITY_DIMENSION } from '../breakdowns/nationality';
import { checkPeopleCount } from './check-people-count';
import { SEX_AGE_DIMENSION } from './sex-age-cells';

/** `{ girls, boys, women, men, unknown }`, all required whole numbers of at least 0. */
export const sexAgeCellsSchema = breakdownCountsSchema(SEX_AGE_DIMENSION);

/**
 * A count of people with its sex and age cells and optional disability, LGBTIQ+ and nationality
 * breakdowns, each adding up to the total. Sum problems are zod issues with `params.code` set to the
 * stable problem code and `params.expected` / `params.actual`, at the breakdown's path.
 */
export const peopleCountSchema = z
  .strictObject({
    total: headcountSchema,
    cells: sexAgeCellsSchema,
    disability: breakdownCountsSchema(DISABILITY_DIMENSION).optional(),
    lgbtiq: breakdownCountsSchema(LGBTIQ_DIMENSION).optional(),
    nationality: breakdownCountsSchema(NATIONALITY_DIMENSION).optional(),
  })
  .superRefine((count, context) => {
    for (const problem of checkPeopleCount(count)) {
      const { code, path, message, ...details } = problem;
      context.addIssue({ code: 'custom', message, path: path.split('.'), params: { code, ...details } });
    }
  });

export type PeopleCount = z.infer<typeof peopleCountSchema>;
