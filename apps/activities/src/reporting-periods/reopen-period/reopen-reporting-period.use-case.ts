import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodReopenedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { ACTIVITIES_EVENT_SOURCE, eventActorId } from '../../shared/event-actor';
import { PeriodLocks } from '../period-locks';
import { writePeriodChange } from '../period-change.writer';
import { ReportingPeriodReader } from '../reporting-period-reader';
import type { ReportingPeriodModel } from '../reporting-period.model';
import type { ReopenReportingPeriodCommand } from './reopen-reporting-period.input';

/** Reopens a locked month for corrections, recording who, when and why. An open month stays as it is. */
@Injectable()
export class ReopenReportingPeriodUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly locks: PeriodLocks,
    private readonly reader: ReportingPeriodReader,
  ) {}

  async execute(
    command: ReopenReportingPeriodCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ReportingPeriodModel> {
    assertAuthorized(actor, 'administer');
    const { month, reason } = command;
    const period = await this.dataSource.transaction(async (manager) => {
      const current = await this.locks.lockForChange(manager, month);
      if (current?.status !== 'LOCKED') return this.reader.load(month, manager);
      const at = new Date();
      await writePeriodChange(manager, { month, action: 'REOPENED', reason, at }, actor);
      await this.events.record(
        manager,
        TopicNames.activitiesPeriod,
        createCloudEvent(PeriodReopenedV1, {
          subject: month,
          source: ACTIVITIES_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: at,
          data: { month, reopenedAt: at.toISOString(), reopenedBy: eventActorId(actor), reason },
        }),
      );
      return this.reader.load(month, manager);
    });
    this.events.flush();
    return period;
  }
}
