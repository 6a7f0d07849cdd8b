/** A data-quality finding that does not stop the save: stored with the report for the coordinator. */
export interface ReportWarning {
  code: string;
  field: string;
  message: string;
}

export const ReportWarningCode = {
  ReachedAboveTarget: 'REPORT.REACHED_ABOVE_TARGET',
  QuantityOutlier: 'REPORT.QUANTITY_OUTLIER',
} as const;
