import { z } from 'zod';
import { breakdownCountsSchema, headcountSchema } from '../breakdowns/breakdown-counts-schema';
import { DISABILITY_DIMENSION } from '../breakdowns/disability';
import { DisaggregationProblemCodes } from '../breakdowns/disaggregation-problem';
import { LGBTIQ_DIMENSION } from '../breakdowns/lgbtiq';
import { NATIONALITY_DIMENSION } from '../breakdowns/nationality';
import { checkPeopleCount } from './check-people-count';
import { SEX_AGE_DIMENSION } from './sex-age-cells';

/** `{ girls, boys, women, men, unknown }`, all required whole numbers of at least 0. */
export const sexAgeCellsSchema = breakdownCountsSchema(SEX_AGE_DIMENSION);

/**
 * A count of people with its sex and age cells and optional disability, LGBTIQ+ and nationality
 * breakdowns, each adding up to the total. Zod reports missing, negative and fractional counts itself
 * at their paths; a breakdown that does not add up is a custom issue at the breakdown's path with
 * `params: { code: 'DISAGGREGATION.SUM_MISMATCH', expected, actual }`. For our codes on every problem,
 * call `checkPeopleCount` instead.
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
    // Zod runs this even when a count failed its own checks; those are reported already.
    for (const problem of checkPeopleCount(count)) {
      if (problem.code === DisaggregationProblemCodes.sumMismatch) {
        const { code, path, message, expected, actual } = problem;
        context.addIssue({ code: 'custom', message, path: path.split('.'), params: { code, expected, actual } });
      }
    }
  });

export type PeopleCount = z.infer<typeof peopleCountSchema>;
