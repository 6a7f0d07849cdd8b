import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { TopicNames, type CloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import type { ActivityReportEntity } from '../../reports/activity-report.entity';
import type { FieldChange } from '../../reports/report-content';
import type { ReportAction } from '../../reports/report-revision.entity';
import { reportEventOf } from '../../reports/writing/report-event.recorder';
import { insertRows } from './multi-row-insert';

const REPORT_COLUMNS: readonly (readonly [string, keyof ActivityReportEntity])[] = [
  ['id', 'id'],
  ['status', 'status'],
  ['version', 'version'],
  ['reporting_organisation_id', 'reportingOrganisationId'],
  ['implementing_organisation_id', 'implementingOrganisationId'],
  ['funding_organisation_id', 'fundingOrganisationId'],
  ['project_code', 'projectCode'],
  ['sector', 'sector'],
  ['sub_sector', 'subSector'],
  ['indicator_code', 'indicatorCode'],
  ['plan_year', 'planYear'],
  ['month', 'month'],
  ['pcode', 'pcode'],
  ['place_level', 'placeLevel'],
  ['department_pcode', 'departmentPcode'],
  ['province_pcode', 'provincePcode'],
  ['site_name', 'siteName'],
  ['population_group', 'populationGroup'],
  ['modality', 'modality'],
  ['quantity', 'quantity'],
  ['girls', 'girls'],
  ['boys', 'boys'],
  ['women', 'women'],
  ['men', 'men'],
  ['sex_age_unknown', 'sexAgeUnknown'],
  ['new_beneficiaries', 'newBeneficiaries'],
  ['disability', 'disability'],
  ['nationality', 'nationality'],
  ['warnings', 'warnings'],
  ['creation_fingerprint', 'creationFingerprint'],
  ['return_comment', 'returnComment'],
  ['created_at', 'createdAt'],
  ['created_by', 'createdBy'],
  ['updated_at', 'updatedAt'],
  ['updated_by', 'updatedBy'],
  ['submitted_at', 'submittedAt'],
  ['reviewed_at', 'reviewedAt'],
  ['reviewed_by', 'reviewedBy'],
  ['deleted_at', 'deletedAt'],
  ['deleted_by', 'deletedBy'],
];

const REVISION_COLUMNS = [
  'report_id',
  'revision',
  'action',
  'actor_user_id',
  'actor_organisation_id',
  'at',
  'changes',
  'comment',
] as const;

/** One step of a report's life as an import records it: the row after the step and what changed. */
export interface ReportStep {
  action: Extract<ReportAction, 'CREATED' | 'SUBMITTED'>;
  report: ActivityReportEntity;
  indicator: IndicatorEntity;
  changes: FieldChange[];
}

/**
 * Writes imported reports the way the single-report use cases do (the row, a revision per step, an
 * event per step with the same contract and content), a chunk at a time in the caller's transaction.
 */
export class ReportBatchWriter {
  constructor(
    private readonly events: EventPublisher,
    private readonly actor: Viewer,
    private readonly correlationId: string,
  ) {}

  async write(manager: EntityManager, reports: readonly ActivityReportEntity[], steps: readonly ReportStep[]) {
    await insertRows(
      manager,
      'activity_report',
      REPORT_COLUMNS.map(([column]) => column),
      reports,
      (report) => REPORT_COLUMNS.map(([, property]) => report[property]),
    );
    await insertRows(manager, 'activity_report_revision', REVISION_COLUMNS, steps, ({ action, report, changes }) => [
      report.id,
      report.version,
      action,
      this.actor.userId,
      this.actor.organisationId,
      report.updatedAt,
      changes,
      null,
    ]);
    const events: CloudEvent[] = steps.map(({ action, report, indicator, changes }) =>
      reportEventOf(action, report, indicator, changes, this.actor, this.correlationId),
    );
    await this.events.record(manager, TopicNames.activitiesReport, ...events);
  }
}
