import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { PeriodLockedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { ACTIVITIES_EVENT_SOURCE, eventActorId } from '../../shared/event-actor';
import { PeriodLocks } from '../period-locks';
import { writePeriodChange } from '../period-change.writer';
import { ReportingPeriodReader } from '../reporting-period-reader';
import type { ReportingPeriodModel } from '../reporting-period.model';
import type { LockReportingPeriodCommand } from './lock-reporting-period.input';

/** Locks a month for every report in it. Locking a locked month again changes nothing. */
@Injectable()
export class LockReportingPeriodUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly locks: PeriodLocks,
    private readonly reader: ReportingPeriodReader,
  ) {}

  async execute(
    command: LockReportingPeriodCommand,
    actor: Viewer,
    correlationId: string,
  ): Promise<ReportingPeriodModel> {
    assertAuthorized(actor, 'administer');
    const { month } = command;
    const period = await this.dataSource.transaction(async (manager) => {
      const current = await this.locks.lockForChange(manager, month);
      if (current?.status === 'LOCKED') return this.reader.load(month, manager);
      const at = new Date();
      const reason = command.reason ?? null;
      await writePeriodChange(manager, { month, action: 'LOCKED', reason, at }, actor);
      await this.events.record(
        manager,
        TopicNames.activitiesPeriod,
        createCloudEvent(PeriodLockedV1, {
          subject: month,
          source: ACTIVITIES_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: at,
          data: { month, lockedAt: at.toISOString(), lockedBy: eventActorId(actor), reason },
        }),
      );
      return this.reader.load(month, manager);
    });
    this.events.flush();
    return period;
  }
}
