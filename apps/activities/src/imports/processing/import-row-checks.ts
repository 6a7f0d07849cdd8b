import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { authorize, type Viewer } from '@coordination/auth';
import type { TableRow } from '@coordination/tabular';
import { PeriodLocks } from '../../reporting-periods/period-locks';
import type { ActivityReportEntity } from '../../reports/activity-report.entity';
import { ReportQualityChecks } from '../../reports/quality/report-quality';
import { reportResource } from '../../reports/report-access';
import { diffContent, fingerprintOf } from '../../reports/report-content';
import type { ReportProblem } from '../../reports/report.errors';
import { newDraftReport } from '../../reports/writing/new-report';
import { ReportChecks } from '../../reports/writing/report-checks';
import type { ReportReferences } from '../../reports/writing/report-references';
import type { ActivityTableFieldName } from '../file-format/activity-table-fields';
import { ImportErrorCode } from '../import.errors';
import type { ImportProblem } from '@coordination/imports';
import { importedReportId } from '../rows/imported-report-id';
import { fieldOfReportPath, readReportRow, type RowContext } from '../rows/read-report-row';
import type { ImportHistory } from './import-history';
import type { ReportStep } from './report-batch-writer';

export type CheckedRow =
  | { ok: true; report: ActivityReportEntity; steps: ReportStep[]; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

export interface RowCheckContext extends RowContext {
  manager: EntityManager;
  jobId: string;
  submit: boolean;
  now: Date;
  references: ReportReferences;
  history: ImportHistory;
}

/**
 * One row through what `createActivityReport` does before it writes: who may report for whom, the
 * month still open, then the very same {@link ReportChecks} and quality warnings. Refusals come back
 * as located problems instead of exceptions so the whole file is checked in one pass.
 */
export class ImportRowChecks {
  private readonly monthProblems = new Map<string, ReportProblem | null>();

  constructor(
    private readonly checks: ReportChecks,
    private readonly quality: ReportQualityChecks,
    private readonly locks: PeriodLocks,
    private readonly context: RowCheckContext,
  ) {}

  async check(row: TableRow): Promise<CheckedRow> {
    const read = readReportRow(row, this.context);
    if (Array.isArray(read)) return { ok: false, problems: read };
    const { draft, placeField } = read;
    const located = (problems: readonly ReportProblem[]): CheckedRow => ({
      ok: false,
      problems: problems.map((problem) => this.locate(row, fieldOfReportPath(problem.field, placeField), problem)),
    });
    const { actor } = this.context;
    if (!isPlatformAdmin(actor) && draft.reportingOrganisationId !== actor.organisationId) {
      return located([otherOrganisation()]);
    }
    const decision = authorize(actor, 'create', reportResource(draft));
    if (!decision.allowed) {
      return located([{ code: 'AUTH.FORBIDDEN', field: 'input.reportingOrganisationId', message: decision.reason }]);
    }
    const closed = await this.monthProblem(draft.month);
    if (closed) return located([closed]);
    let checked;
    try {
      checked = await this.checks.check(this.context.manager, draft, this.context.now, this.context.references);
    } catch (error) {
      return located(refusalProblems(error));
    }
    const id = importedReportId(this.context.jobId, row.rowNumber);
    const found = await this.quality.warningsFor(this.context.manager, id, checked, this.context.history);
    const { content } = checked;
    this.context.history.add(content, {
      month: content.month,
      quantity: content.quantity,
      newBeneficiaries: content.newBeneficiaries ?? 0,
      reports: 1,
    });
    const created = newDraftReport(id, checked, found, fingerprintOf(draft), actor, this.context.now);
    const steps: ReportStep[] = [
      { action: 'CREATED', report: created, indicator: checked.indicator, changes: diffContent(null, content) },
    ];
    let report = created;
    if (this.context.submit) {
      report = { ...created, status: 'SUBMITTED', version: 2, submittedAt: this.context.now };
      steps.push({
        action: 'SUBMITTED',
        report,
        indicator: checked.indicator,
        changes: [{ field: 'status', from: 'DRAFT', to: 'SUBMITTED' }],
      });
    }
    const warnings = found.map((warning) => ({
      ...this.locate(row, fieldOfReportPath(warning.field, placeField), warning),
      severity: 'warning' as const,
    }));
    return { ok: true, report, steps, warnings };
  }

  /** A locked month refuses every row of it; asked once per month, holding the lock to the commit. */
  private async monthProblem(month: string): Promise<ReportProblem | null> {
    if (!this.monthProblems.has(month)) {
      try {
        await this.locks.assertOpen(this.context.manager, month, 'input.month');
        this.monthProblems.set(month, null);
      } catch (error) {
        this.monthProblems.set(month, refusalProblems(error)[0]);
      }
    }
    return this.monthProblems.get(month)!;
  }

  private locate(row: TableRow, field: ActivityTableFieldName, problem: ReportProblem): ImportProblem {
    const column = this.context.columns[field]?.column;
    return {
      row: row.rowNumber,
      column: column === undefined ? null : String(column),
      field,
      code: problem.code,
      severity: 'error',
      message: problem.message,
    };
  }
}

function isPlatformAdmin(actor: Viewer): boolean {
  return actor.roles.includes('PLATFORM_ADMIN');
}

function otherOrganisation(): ReportProblem {
  return {
    code: ImportErrorCode.OtherOrganisation,
    field: 'input.reportingOrganisationId',
    message: 'Partners import reports of their own organisation only; this row names another one',
  };
}

/** The problems of a refusal by the report checks: every one listed, or the error's code and field. */
function refusalProblems(error: unknown): ReportProblem[] {
  if (!(error instanceof GraphQLError)) throw error;
  const { code, field, problems } = error.extensions as { code?: string; field?: string; problems?: ReportProblem[] };
  if (Array.isArray(problems) && problems.length > 0) return problems;
  return [{ code: String(code ?? 'REPORT.INVALID'), field: String(field ?? 'input.quantity'), message: error.message }];
}
