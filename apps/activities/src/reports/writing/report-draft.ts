import type { BreakdownInput, DisabilityField, NationalityField, SexAgeCellField } from '@coordination/taxonomies';
import type { ReportContent } from '../report-content';

/** A report's content as received, before its counts are checked: breakdowns may still miss cells. */
export type ReportDraft = Omit<ReportContent, 'cells' | 'disability' | 'nationality'> & {
  cells: BreakdownInput<SexAgeCellField> | null;
  disability: BreakdownInput<DisabilityField> | null;
  nationality: BreakdownInput<NationalityField> | null;
};
