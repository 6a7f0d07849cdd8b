import { z } from 'zod';

const settingsSchema = z.object({
  /** Cells (sex x age counts) under this many people are withheld from government viewers and integrators. */
  REPORTING_MIN_CELL_COUNT: z.coerce.number().int().min(1).max(1000).default(5),
  /** How often gap alerts are evaluated against the thresholds; 0 turns the evaluation off. */
  REPORTING_GAP_EVALUATION_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /** Whether read-model changes are announced on reporting.coverage (off while a rebuild replays history). */
  REPORTING_COVERAGE_NOTICES: z.enum(['true', 'false']).default('true'),
});

export interface ReportingSettings {
  minCellCount: number;
  gapEvaluationIntervalMs: number;
  coverageNotices: boolean;
}

export const REPORTING_SETTINGS = Symbol('REPORTING_SETTINGS');

export function loadReportingSettings(environment: NodeJS.ProcessEnv = process.env): ReportingSettings {
  const parsed = settingsSchema.parse(environment);
  return {
    minCellCount: parsed.REPORTING_MIN_CELL_COUNT,
    gapEvaluationIntervalMs: parsed.REPORTING_GAP_EVALUATION_INTERVAL_MS,
    coverageNotices: parsed.REPORTING_COVERAGE_NOTICES === 'true',
  };
}
