import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoverageChangedV1, TopicNames, createCloudEvent, type EventData } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { REPORTING_SETTINGS, type ReportingSettings } from '../reporting-settings';

export type CoverageChange = EventData<typeof CoverageChangedV1>;

const SOURCE = '/coordination/reporting';

/**
 * Announces that the read model changed for a cell, through the outbox in the transaction that changed
 * it: a notice is published only for a change that was committed, and only after it, so a screen that
 * refetches on it sees the new figures. The gateway turns the notices into the `coverageChanged`
 * subscription.
 */
@Injectable()
export class CoverageNotices {
  constructor(
    private readonly events: EventPublisher,
    @Inject(REPORTING_SETTINGS) private readonly settings: ReportingSettings,
  ) {}

  async changed(manager: EntityManager, change: CoverageChange, correlationId?: string): Promise<void> {
    if (!this.settings.coverageNotices) return;
    await this.events.record(
      manager,
      TopicNames.reportingCoverage,
      createCloudEvent(CoverageChangedV1, {
        subject: change.sector ?? `plan-year-${change.planYear}`,
        source: SOURCE,
        correlationId,
        data: change,
      }),
    );
  }
}
