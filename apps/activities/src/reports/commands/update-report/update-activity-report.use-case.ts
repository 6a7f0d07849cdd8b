import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import type { ReportStatus } from '@coordination/contracts';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import { ActivityReportEntity } from '../../activity-report.entity';
import { reportResource } from '../../report-access';
import { REPORT_CONTENT_FIELDS, contentOf, diffContent, type ReportContent } from '../../report-content';
import { ReportErrors } from '../../report.errors';
import { ReportQualityChecks } from '../../quality/report-quality';
import { ReportChecks } from '../../writing/report-checks';
import type { ReportDraft } from '../../writing/report-draft';
import { ReportEventRecorder } from '../../writing/report-event.recorder';
import { recordRevision } from '../../writing/report-history.recorder';
import { assertExpectedVersion, loadReportForChange } from '../../writing/report-loader';
import { reportRowFields } from '../../writing/report-row';
import type { UpdateActivityReportCommand } from './update-activity-report.input';

const EDITABLE: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];

/** Edits a draft or returned report; every rule of a new report applies again to the result. */
@Injectable()
export class UpdateActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: ReportChecks,
    private readonly quality: ReportQualityChecks,
    private readonly locks: PeriodLocks,
    private readonly events: ReportEventRecorder,
  ) {}

  async execute(
    command: UpdateActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const updated = await this.dataSource.transaction(async (manager) => {
      const report = await loadReportForChange(manager, command.id, actor);
      assertAuthorized(actor, 'update', reportResource(report));
      assertExpectedVersion(report, command.expectedVersion);
      if (!EDITABLE.includes(report.status)) throw ReportErrors.notEditable(report.id, report.status);
      await this.locks.assertOpen(manager, report.month, 'input.id');
      const before = contentOf(report);
      const draft = merged(before, command);
      if (draft.month !== report.month) await this.locks.assertOpen(manager, draft.month, 'input.month');
      assertAuthorized(actor, 'update', reportResource(draft));
      const checked = await this.checks.check(manager, draft);
      const changes = diffContent(before, checked.content);
      if (changes.length === 0) return report;
      const warnings = await this.quality.warningsFor(manager, report.id, checked);
      const changed: ActivityReportEntity = {
        ...report,
        ...reportRowFields(checked, warnings),
        version: report.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.userId,
      };
      await manager.save(ActivityReportEntity, changed);
      await recordRevision(manager, changed, 'UPDATED', changes, actor);
      await this.events.record(manager, 'UPDATED', changed, changes, actor, correlationId);
      return changed;
    });
    this.events.flush();
    return updated;
  }
}

/** The report with the fields the command gives (undefined keeps a field, null clears it). */
function merged(before: ReportContent, command: UpdateActivityReportCommand): ReportDraft {
  const draft: Record<string, unknown> = { ...before };
  for (const field of REPORT_CONTENT_FIELDS) {
    if (field in command && command[field as keyof UpdateActivityReportCommand] !== undefined) {
      draft[field] = command[field as keyof UpdateActivityReportCommand];
    }
  }
  return draft as ReportDraft;
}
