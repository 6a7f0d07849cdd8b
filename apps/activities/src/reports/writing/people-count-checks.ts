import {
  DISABILITY_DIMENSION,
  NATIONALITY_DIMENSION,
  SEX_AGE_DIMENSION,
  checkBreakdown,
  checkPeopleCount,
  type BreakdownDimension,
  type BreakdownInput,
  type DisaggregationProblem,
} from '@coordination/taxonomies';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import type { ReportContent } from '../report-content';
import { ReportErrors, reportRejected } from '../report.errors';
import type { ReportDraft } from './report-draft';

type PeopleCounts = Pick<ReportContent, 'cells' | 'newBeneficiaries' | 'disability' | 'nationality'>;

const PEOPLE_FIELDS = ['cells', 'newBeneficiaries', 'disability', 'nationality'] as const;

function complete<Category extends string, Field extends string>(
  input: BreakdownInput<Field> | null,
  dimension: BreakdownDimension<Category, Field>,
): Record<Field, number> | null {
  if (!input) return null;
  const fields = dimension.categories.map((category) => dimension.fields[category]);
  return Object.fromEntries(fields.map((field) => [field, input[field]])) as Record<Field, number>;
}

function toFieldPath(problem: DisaggregationProblem): string {
  return problem.path === 'total' ? 'input.quantity' : `input.${problem.path}`;
}

/**
 * The people part of a report, checked against its indicator with the taxonomies' rules: the cells
 * and each optional breakdown add up to the quantity, with `unknown` never dropped; the "new" count
 * is given and is not more than the people reached. Throws with the codes and fields at fault.
 */
export function checkedPeopleCounts(draft: ReportDraft, indicator: IndicatorEntity): PeopleCounts {
  if (!indicator.countsPeople) {
    const given = PEOPLE_FIELDS.find((field) => draft[field] !== null);
    if (given) throw ReportErrors.notPeopleIndicator(indicator.code, `input.${given}`);
    return { cells: null, newBeneficiaries: null, disability: null, nationality: null };
  }
  if (!draft.cells && indicator.requiresSexAge) throw ReportErrors.disaggregationRequired(indicator.code);
  const { quantity, disability, nationality } = draft;
  const problems = draft.cells
    ? checkPeopleCount({ total: quantity, cells: draft.cells, disability, nationality })
    : [
        ...(disability ? checkBreakdown(quantity, disability, DISABILITY_DIMENSION) : []),
        ...(nationality ? checkBreakdown(quantity, nationality, NATIONALITY_DIMENSION) : []),
      ];
  if (problems.length > 0) {
    throw reportRejected(
      problems.map((problem) => ({ code: problem.code, field: toFieldPath(problem), message: problem.message })),
    );
  }
  if (draft.newBeneficiaries === null) throw ReportErrors.newBeneficiariesRequired(indicator.code);
  if (draft.newBeneficiaries > quantity) throw ReportErrors.newExceedsReached(draft.newBeneficiaries, quantity);
  return {
    cells: complete(draft.cells, SEX_AGE_DIMENSION),
    newBeneficiaries: draft.newBeneficiaries,
    disability: complete(disability, DISABILITY_DIMENSION),
    nationality: complete(nationality, NATIONALITY_DIMENSION),
  };
}
