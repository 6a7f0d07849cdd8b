import type { BreakdownInput } from '../breakdowns/breakdown-dimension';
import { checkBreakdown } from '../breakdowns/check-breakdown';
import { DISABILITY_DIMENSION, type DisabilityField } from '../breakdowns/disability';
import type { DisaggregationProblem } from '../breakdowns/disaggregation-problem';
import { LGBTIQ_DIMENSION, type LgbtiqField } from '../breakdowns/lgbtiq';
import { NATIONALITY_DIMENSION, type NationalityField } from '../breakdowns/nationality';
import { checkDisaggregation } from './check-disaggregation';
import type { SexAgeCellField } from './sex-age-cells';

/** A count of people as received: sex and age cells always, the other dimensions when the partner has them. */
export interface PeopleCountInput {
  readonly total: number;
  readonly cells: BreakdownInput<SexAgeCellField>;
  readonly disability?: BreakdownInput<DisabilityField> | null;
  readonly lgbtiq?: BreakdownInput<LgbtiqField> | null;
  readonly nationality?: BreakdownInput<NationalityField> | null;
}

/**
 * Everything wrong with a count of people: the sex and age cells, then each optional breakdown that
 * is present, each of which must add up to the same total. A problem with the total is reported once.
 */
export function checkPeopleCount(count: PeopleCountInput): DisaggregationProblem[] {
  const problems = checkDisaggregation(count.total, count.cells);
  const totalIsValid = !problems.some((problem) => problem.path === 'total');
  if (!totalIsValid) {
    // Comparing the optional breakdowns with a broken total would only repeat the same mistake.
    return problems;
  }
  if (count.disability) {
    problems.push(...checkBreakdown(count.total, count.disability, DISABILITY_DIMENSION));
  }
  if (count.lgbtiq) {
    problems.push(...checkBreakdown(count.total, count.lgbtiq, LGBTIQ_DIMENSION));
  }
  if (count.nationality) {
    problems.push(...checkBreakdown(count.total, count.nationality, NATIONALITY_DIMENSION));
  }
  return problems;
}
