/**
 * Where an activity report is in its review: a partner drafts it, submits it, and the sector
 * coordinator approves it or returns it with a comment for a fix and a new submission.
 */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;

export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How an indicator's monthly values make the figure of the year (targets compare with it). */
export const AGGREGATION_METHODS = ['SUM', 'AVERAGE', 'COUNT', 'LAST_VALUE', 'UNIQUE_CUMULATIVE'] as const;

export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

export const PLACE_LEVELS = ['department', 'province', 'district'] as const;

export type PlaceLevel = (typeof PLACE_LEVELS)[number];
