import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { TopicNames, type CloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import type { ActivityReportEntity } from '../../reports/activity-report.entity';
import type { FieldChange } from '../../reports/report-content';
import type { ReportAction } from '../../reports/report-revision.entity';
import { reportEventOf } from '../../reports/writing/report-event.recorder';
import { columnArrays, insertColumnArrays, type TypedColumn } from './column-arrays-insert';

/** The columns an import writes, with their types in the activity_report migration. */
const REPORT_COLUMNS: readonly (readonly [TypedColumn, keyof ActivityReportEntity])[] = [
  [{ name: 'id', type: 'text' }, 'id'],
  [{ name: 'status', type: 'text' }, 'status'],
  [{ name: 'version', type: 'int' }, 'version'],
  [{ name: 'reporting_organisation_id', type: 'uuid' }, 'reportingOrganisationId'],
  [{ name: 'implementing_organisation_id', type: 'uuid' }, 'implementingOrganisationId'],
  [{ name: 'funding_organisation_id', type: 'uuid' }, 'fundingOrganisationId'],
  [{ name: 'project_code', type: 'text' }, 'projectCode'],
  [{ name: 'sector', type: 'text' }, 'sector'],
  [{ name: 'sub_sector', type: 'text' }, 'subSector'],
  [{ name: 'indicator_code', type: 'text' }, 'indicatorCode'],
  [{ name: 'plan_year', type: 'int' }, 'planYear'],
  [{ name: 'month', type: 'text' }, 'month'],
  [{ name: 'pcode', type: 'text' }, 'pcode'],
  [{ name: 'place_level', type: 'text' }, 'placeLevel'],
  [{ name: 'department_pcode', type: 'text' }, 'departmentPcode'],
  [{ name: 'province_pcode', type: 'text' }, 'provincePcode'],
  [{ name: 'site_name', type: 'text' }, 'siteName'],
  [{ name: 'population_group', type: 'text' }, 'populationGroup'],
  [{ name: 'modality', type: 'text' }, 'modality'],
  [{ name: 'quantity', type: 'int' }, 'quantity'],
  [{ name: 'girls', type: 'int' }, 'girls'],
  [{ name: 'boys', type: 'int' }, 'boys'],
  [{ name: 'women', type: 'int' }, 'women'],
  [{ name: 'men', type: 'int' }, 'men'],
  [{ name: 'sex_age_unknown', type: 'int' }, 'sexAgeUnknown'],
  [{ name: 'new_beneficiaries', type: 'int' }, 'newBeneficiaries'],
  [{ name: 'disability', type: 'jsonb' }, 'disability'],
  [{ name: 'nationality', type: 'jsonb' }, 'nationality'],
  [{ name: 'warnings', type: 'jsonb' }, 'warnings'],
  [{ name: 'creation_fingerprint', type: 'text' }, 'creationFingerprint'],
  [{ name: 'return_comment', type: 'text' }, 'returnComment'],
  [{ name: 'created_at', type: 'timestamptz' }, 'createdAt'],
  [{ name: 'created_by', type: 'text' }, 'createdBy'],
  [{ name: 'updated_at', type: 'timestamptz' }, 'updatedAt'],
  [{ name: 'updated_by', type: 'text' }, 'updatedBy'],
  [{ name: 'submitted_at', type: 'timestamptz' }, 'submittedAt'],
  [{ name: 'reviewed_at', type: 'timestamptz' }, 'reviewedAt'],
  [{ name: 'reviewed_by', type: 'text' }, 'reviewedBy'],
  [{ name: 'deleted_at', type: 'timestamptz' }, 'deletedAt'],
  [{ name: 'deleted_by', type: 'text' }, 'deletedBy'],
];

const REVISION_COLUMNS: readonly TypedColumn[] = [
  { name: 'report_id', type: 'text' },
  { name: 'revision', type: 'int' },
  { name: 'action', type: 'text' },
  { name: 'actor_user_id', type: 'text' },
  { name: 'actor_organisation_id', type: 'uuid' },
  { name: 'at', type: 'timestamptz' },
  { name: 'changes', type: 'jsonb' },
  { name: 'comment', type: 'text' },
];

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
 * `write` serialises a chunk and returns once the previous chunk is in, so the database writes one
 * chunk while the caller checks the next; `finished` waits for the last. A failed write surfaces at the
 * next `write` or at `finished`, and the caller's transaction then rolls everything back.
 */
export class ReportBatchWriter {
  private inFlight: Promise<void> = Promise.resolve();

  constructor(
    private readonly events: EventPublisher,
    private readonly actor: Viewer,
    private readonly correlationId: string,
  ) {}

  async write(
    manager: EntityManager,
    reports: readonly ActivityReportEntity[],
    steps: readonly ReportStep[],
  ): Promise<void> {
    await this.inFlight;
    const reportRows = columnArrays(
      'activity_report',
      REPORT_COLUMNS.map(([column]) => column),
      reports,
      (report) => REPORT_COLUMNS.map(([, property]) => report[property]),
    );
    const revisionRows = columnArrays(
      'activity_report_revision',
      REVISION_COLUMNS,
      steps,
      ({ action, report, changes }) => [
        report.id,
        report.version,
        action,
        this.actor.userId,
        this.actor.organisationId,
        report.updatedAt,
        changes,
        null,
      ],
    );
    const events: CloudEvent[] = steps.map(({ action, report, indicator, changes }) =>
      reportEventOf(action, report, indicator, changes, this.actor, this.correlationId),
    );
    const batch = this.events.prepare(TopicNames.activitiesReport, events);
    this.inFlight = (async () => {
      await insertColumnArrays(manager, reportRows);
      await insertColumnArrays(manager, revisionRows);
      await this.events.recordBatch(manager, batch);
    })();
    // Observed by the next `write` or by `finished`; this only keeps it from counting as unhandled meanwhile.
    this.inFlight.catch(() => undefined);
  }

  /** Waits until every chunk given to `write` is in the database; throws if one failed. */
  finished(): Promise<void> {
    return this.inFlight;
  }
}
