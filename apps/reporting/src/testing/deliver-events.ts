import type { KafkaMessage } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  ReportApprovedV1,
  ReportCreatedV1,
  ReportDeletedV1,
  ReportReturnedV1,
  ReportSubmittedV1,
  ReportUpdatedV1,
  TargetSetV1,
  type CloudEvent,
} from '@coordination/contracts';
import { EventPublisher, InboxEventContext, type OutboxRelay } from '@coordination/messaging';
import { CoverageNotices } from '../coverage-model/coverage-notices';
import { NeedsEventsConsumer } from '../coverage-model/needs-events.consumer';
import { ReportEventsConsumer } from '../coverage-model/report-events.consumer';
import { TargetEventsConsumer } from '../coverage-model/target-events.consumer';

type Handler = (event: never, context: InboxEventContext) => Promise<void>;

// Notices go to the real outbox table; only the relay's wake-up call is left out (nothing publishes here).
const idleRelay = { notify: () => undefined } as unknown as OutboxRelay;
const notices = new CoverageNotices(new EventPublisher(idleRelay), {
  minCellCount: 5,
  gapEvaluationIntervalMs: 0,
  coverageNotices: true,
});
const reports = new ReportEventsConsumer(notices);
const targets = new TargetEventsConsumer(notices);
const needs = new NeedsEventsConsumer(notices);

/** The same routing the inbox does by event type, for tests that hand events straight to the consumers. */
const HANDLERS: Record<string, Handler> = {
  [ReportCreatedV1.type]: (event, context) => reports.onCreated(event, context),
  [ReportUpdatedV1.type]: (event, context) => reports.onUpdated(event, context),
  [ReportSubmittedV1.type]: (event, context) => reports.onSubmitted(event, context),
  [ReportApprovedV1.type]: (event, context) => reports.onApproved(event, context),
  [ReportReturnedV1.type]: (event, context) => reports.onReturned(event, context),
  [ReportDeletedV1.type]: (event, context) => reports.onDeleted(event, context),
  [TargetSetV1.type]: (event, context) => targets.onTargetSet(event, context),
  [PeopleInNeedPublishedV1.type]: (event, context) => needs.onPeopleInNeed(event, context),
  [NeedsRoundPublishedV1.type]: (event, context) => needs.onRoundPublished(event, context),
  [NeedsRoundSupersededV1.type]: (event, context) => needs.onRoundSuperseded(event, context),
};

/** Applies events one transaction each, as the inbox would (without the Kafka hop). */
export async function deliverEvents(dataSource: DataSource, events: readonly CloudEvent<unknown>[]): Promise<void> {
  for (const event of events) {
    const handler = HANDLERS[event.type];
    if (!handler) throw new Error(`no coverage handler for ${event.type}`);
    await dataSource.transaction(async (manager) => {
      const delivery = { topic: 'test', partition: 0, message: {} as KafkaMessage, event };
      await handler(event as never, new InboxEventContext(delivery as never, manager));
    });
  }
}
