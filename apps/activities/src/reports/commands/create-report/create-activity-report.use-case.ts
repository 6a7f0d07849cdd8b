import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { invalidInput } from '@coordination/graphql';
import { PeriodLocks } from '../../../reporting-periods/period-locks';
import { ActivityReportEntity } from '../../activity-report.entity';
import { mayReadReport, reportResource } from '../../report-access';
import { diffContent, fingerprintOf } from '../../report-content';
import { ReportErrors } from '../../report.errors';
import { ReportQualityChecks } from '../../quality/report-quality';
import { ReportChecks } from '../../writing/report-checks';
import type { ReportDraft } from '../../writing/report-draft';
import { ReportEventRecorder } from '../../writing/report-event.recorder';
import { recordRevision } from '../../writing/report-history.recorder';
import { newDraftReport } from '../../writing/new-report';
import type { CreateActivityReportCommand } from './create-activity-report.input';

const UNIQUE_VIOLATION = '23505';

/**
 * Drafts a report for the reporting organisation. The client's id makes it idempotent: the same id
 * with the same content returns the report made the first time, with other content it is refused.
 */
@Injectable()
export class CreateActivityReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checks: ReportChecks,
    private readonly quality: ReportQualityChecks,
    private readonly locks: PeriodLocks,
    private readonly events: ReportEventRecorder,
  ) {}

  async execute(
    command: CreateActivityReportCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const draft = draftOf(command, actor);
    assertAuthorized(actor, 'create', reportResource(draft));
    const id = command.id ?? randomUUID();
    const fingerprint = fingerprintOf(draft);
    try {
      return await this.createOnce(id, draft, fingerprint, actor, correlationId);
    } catch (error) {
      // The same id sent twice at once: the second insert loses, then answers like a repeat.
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      return this.createOnce(id, draft, fingerprint, actor, correlationId);
    }
  }

  private async createOnce(
    id: string,
    draft: ReportDraft,
    fingerprint: string,
    actor: Viewer,
    correlationId: string,
  ): Promise<ActivityReportEntity> {
    const report = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ActivityReportEntity, { id });
      if (existing) return replayOf(existing, fingerprint, actor);
      await this.locks.assertOpen(manager, draft.month, 'input.month');
      const checked = await this.checks.check(manager, draft);
      const warnings = await this.quality.warningsFor(manager, id, checked);
      const created = newDraftReport(id, checked, warnings, fingerprint, actor, new Date());
      await manager.insert(ActivityReportEntity, created);
      const changes = diffContent(null, checked.content);
      await recordRevision(manager, created, 'CREATED', changes, actor);
      await this.events.record(manager, 'CREATED', created, changes, actor, correlationId);
      return created;
    });
    this.events.flush();
    return report;
  }
}

function draftOf(command: CreateActivityReportCommand, actor: Viewer): ReportDraft {
  const reportingOrganisationId = command.reportingOrganisationId ?? actor.organisationId;
  if (!reportingOrganisationId) {
    throw invalidInput([
      { field: 'input.reportingOrganisationId', message: 'is required when the caller has no organisation' },
    ]);
  }
  return {
    reportingOrganisationId,
    implementingOrganisationId: command.implementingOrganisationId ?? reportingOrganisationId,
    fundingOrganisationId: command.fundingOrganisationId ?? null,
    projectCode: command.projectCode ?? null,
    sector: command.sector,
    subSector: command.subSector ?? null,
    indicatorCode: command.indicatorCode,
    month: command.month,
    pcode: command.pcode,
    siteName: command.siteName ?? null,
    populationGroup: command.populationGroup,
    modality: command.modality,
    quantity: command.quantity,
    cells: command.cells ?? null,
    newBeneficiaries: command.newBeneficiaries ?? null,
    disability: command.disability ?? null,
    nationality: command.nationality ?? null,
  };
}

/** The same id again: the first result when it is the same report, refused otherwise. */
function replayOf(existing: ActivityReportEntity, fingerprint: string, actor: Viewer): ActivityReportEntity {
  if (existing.deletedAt) throw ReportErrors.idConflict(existing.id, 'was deleted');
  if (!mayReadReport(actor, existing) || existing.creationFingerprint !== fingerprint) {
    throw ReportErrors.idConflict(existing.id, 'already exists with different content');
  }
  return existing;
}
