export * from './taxonomy-version';
export * from './localized-text';

export * from './sectors/sector-codes';
export * from './sectors/sector-definition';
export * from './sectors/define-plan-year';
export * from './sectors/plan-years/plan-year-2022';
export * from './sectors/plan-years/plan-year-2025';
export * from './sectors/plan-years/plan-year-2026';
export * from './sectors/taxonomy-problem';
export * from './sectors/taxonomy-error';
export * from './sectors/sector-taxonomy';
export * from './sectors/sector-lookups';

export * from './population-groups/population-groups';

export * from './breakdowns/breakdown-dimension';
export * from './breakdowns/disaggregation-problem';
export * from './breakdowns/check-breakdown';
export * from './breakdowns/breakdown-arithmetic';
export * from './breakdowns/apportion-percentages';
export * from './breakdowns/count-shares';
export * from './breakdowns/breakdown-counts-schema';
export * from './breakdowns/disability';
export * from './breakdowns/lgbtiq';
export * from './breakdowns/nationality';

export * from './disaggregation/sex-age-cells';
export * from './disaggregation/check-disaggregation';
export * from './disaggregation/sex-age-cell-arithmetic';
export * from './disaggregation/check-people-count';
export * from './disaggregation/people-count.schema';

export * from './specific-needs/specific-needs';

export * from './referrals/referral-priorities';
export * from './referrals/first-response-deadline';

export * from './activities/modalities';
export * from './activities/units';
