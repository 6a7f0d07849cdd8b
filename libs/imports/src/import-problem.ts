import type { ProblemSeverity, TableProblem, TableStream } from '@coordination/tabular';

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

/** A file's own problems (from reading it) as an import logs them: info (skipped empty rows) is left out. */
export function logTableProblems(log: ProblemLog, problems: readonly TableProblem[]): void {
  for (const problem of problems) {
    if (problem.severity === 'info') continue;
    log.add({
      row: problem.row ?? null,
      column: problem.column === undefined ? null : String(problem.column),
      field: problem.field ?? null,
      code: problem.code,
      severity: problem.severity,
      message: problem.range ? `${problem.message} (${problem.range})` : problem.message,
    });
  }
}

/**
 * Why a file is refused as a whole, or null: it stopped part-way (too many rows, broken CSV) or gave
 * no row at all. Call once its rows have been read.
 */
export function tableRefusalCode(table: TableStream, rowsRead: number): string | null {
  if (table.stoppedBy) return table.stoppedBy.code;
  if (rowsRead > 0) return null;
  return (
    [...table.problems, ...table.endProblems].find((problem) => problem.severity === 'error')?.code ?? 'TABLE.NO_DATA'
  );
}
