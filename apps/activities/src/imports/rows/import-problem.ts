import type { ProblemSeverity } from '@coordination/tabular';

/** A finding about the file or one of its rows, located as the user sees the spreadsheet. */
export interface ImportProblem {
  row: number | null;
  /** A letter (`C`) in XLSX, a 1-based number in CSV, as text. */
  column: string | null;
  field: string | null;
  code: string;
  severity: ProblemSeverity;
  message: string;
}

/** Problems kept with a job: enough to fix a file; the totals still count every one. */
export const STORED_PROBLEMS_LIMIT = 1_000;

/** Collects a job's problems: counts all of them, keeps the first {@link STORED_PROBLEMS_LIMIT}. */
export class ProblemLog {
  readonly kept: ImportProblem[] = [];
  errorCount = 0;
  warningCount = 0;

  add(problem: ImportProblem): void {
    if (problem.severity === 'error') this.errorCount++;
    else if (problem.severity === 'warning') this.warningCount++;
    if (this.kept.length < STORED_PROBLEMS_LIMIT) this.kept.push(problem);
  }
}
