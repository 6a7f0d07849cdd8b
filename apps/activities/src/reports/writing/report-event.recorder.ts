import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import {
  ReportApprovedV1,
  ReportCreatedV1,
  ReportDeletedV1,
  ReportReturnedV1,
  ReportSubmittedV1,
  ReportUpdatedV1,
  TopicNames,
  createCloudEvent,
  type CloudEvent,
  type CreateCloudEventInput,
} from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import { IndicatorCatalogue } from '../../indicators/indicator-catalogue';
import { ACTIVITIES_EVENT_SOURCE } from '../../shared/event-actor';
import type { ActivityReportEntity } from '../activity-report.entity';
import type { FieldChange } from '../report-content';
import type { ReportAction } from '../report-revision.entity';
import { reportSnapshot } from './report-snapshot';

/** Records the event of a report change in the caller's transaction; `flush` after the commit. */
@Injectable()
export class ReportEventRecorder {
  constructor(
    private readonly events: EventPublisher,
    private readonly indicators: IndicatorCatalogue,
  ) {}

  async record(
    manager: EntityManager,
    action: ReportAction,
    report: ActivityReportEntity,
    changes: readonly FieldChange[],
    actor: Viewer,
    correlationId: string,
  ): Promise<void> {
    const indicator = await this.indicators.find(report.planYear, report.indicatorCode, manager);
    if (!indicator) throw new Error(`Report ${report.id} names indicator ${report.indicatorCode} that is gone`);
    await this.events.record(
      manager,
      TopicNames.activitiesReport,
      reportEventOf(action, report, indicator, changes, actor, correlationId),
    );
  }

  flush(): void {
    this.events.flush();
  }
}

/**
 * The event of a report change, built the same way for one report and for each row of an import
 * (which records them in chunks with the indicators it already holds).
 */
export function reportEventOf(
  action: ReportAction,
  report: ActivityReportEntity,
  indicator: IndicatorEntity,
  changes: readonly FieldChange[],
  actor: Viewer,
  correlationId: string,
): CloudEvent {
  const at = (action === 'DELETED' ? report.deletedAt! : report.updatedAt).toISOString();
  const envelope = {
    subject: report.id,
    source: ACTIVITIES_EVENT_SOURCE,
    correlationId,
    actorOrg: actor.organisationId ?? undefined,
    time: at,
  } satisfies Omit<CreateCloudEventInput<unknown>, 'data'>;
  return eventFor(action, envelope, reportSnapshot(report, indicator), at, changes);
}

function eventFor(
  action: ReportAction,
  envelope: Omit<CreateCloudEventInput<unknown>, 'data'>,
  snapshot: ReturnType<typeof reportSnapshot>,
  at: string,
  changes: readonly FieldChange[],
): CloudEvent {
  switch (action) {
    case 'CREATED':
      return createCloudEvent(ReportCreatedV1, { ...envelope, data: { ...snapshot, createdAt: at } });
    case 'UPDATED':
      return createCloudEvent(ReportUpdatedV1, {
        ...envelope,
        data: { ...snapshot, updatedAt: at, changedFields: changes.map((change) => change.field) },
      });
    case 'SUBMITTED':
      return createCloudEvent(ReportSubmittedV1, { ...envelope, data: { ...snapshot, submittedAt: at } });
    case 'APPROVED':
      return createCloudEvent(ReportApprovedV1, { ...envelope, data: { ...snapshot, approvedAt: at } });
    case 'RETURNED':
      return createCloudEvent(ReportReturnedV1, { ...envelope, data: { ...snapshot, returnedAt: at } });
    case 'DELETED':
      return createCloudEvent(ReportDeletedV1, { ...envelope, data: { ...snapshot, deletedAt: at } });
  }
}
