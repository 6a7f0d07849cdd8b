import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { TOPICS, TopicNames, allTopicDefinitions } from '@coordination/contracts';
import { buildDataSourceOptions, dropDatabase, ensureDatabaseExists } from '@coordination/database';
import {
  CreateMessagingTables1764000000000,
  InboxConsumer,
  MESSAGING_ENTITIES,
  OutboxRelay,
  appendToOutbox,
  createKafkaClient,
  provisionTopics,
} from '@coordination/messaging';
import { benchEvents, kafkaMessageOf } from '../support/events';
import { benchLogger, log } from '../support/logger';
import { Tracker, type CaseResult } from '../support/measurements';
import {
  BENCH_INBOX_DATABASE,
  BENCH_OUTBOX_DATABASE,
  databaseUrl,
  groupIdFor,
  type BenchSettings,
} from '../support/settings';

export const OUTBOX_TO_CONSUMER = 'outbox-to-consumer';
const TOPIC = TopicNames.directoryOrganisation;

/**
 * The platform's path for an event: written to the outbox in the producer's transaction
 * (`appendToOutbox`, `batchSize` events per transaction), published by `OutboxRelay` while the
 * writes go on, and applied by an `InboxConsumer` whose handler inserts one row per event into
 * a second database. The effect time is taken after the inbox transaction has committed.
 */
export async function runOutboxToConsumer(settings: BenchSettings, aborted: () => boolean): Promise<CaseResult> {
  const events = benchEvents(settings);
  const payloadBytes = events.reduce((sum, event) => sum + Buffer.byteLength(kafkaMessageOf(event).value as string), 0);
  const tracker = new Tracker(new Set(events.map((event) => event.id)));
  const groupId = groupIdFor(OUTBOX_TO_CONSUMER, settings.runId);
  const outboxUrl = databaseUrl(settings, BENCH_OUTBOX_DATABASE);
  const inboxUrl = databaseUrl(settings, BENCH_INBOX_DATABASE);
  const checks: string[] = [];
  const notes: string[] = [];

  const kafka = createKafkaClient({
    brokers: settings.brokers,
    clientId: `bench-outbox-${settings.runId}`,
    logger: benchLogger(OUTBOX_TO_CONSUMER),
  });
  const admin = kafka.admin();
  let outboxDb: DataSource | null = null;
  let inboxDb: DataSource | null = null;
  let relay: OutboxRelay | null = null;
  let consumer: InboxConsumer | null = null;
  let groupCreated = false;
  await admin.connect();
  try {
    for (const url of [outboxUrl, inboxUrl]) {
      await dropDatabase(url);
      await ensureDatabaseExists(url);
    }
    outboxDb = await migratedDataSource(outboxUrl, 'bench-outbox');
    inboxDb = await migratedDataSource(inboxUrl, 'bench-inbox');
    await inboxDb.query(`
      CREATE TABLE bench_effect (
        event_id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        kafka_partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The contract of OrganisationRegisteredV1 only allows its own topic, so the real one is used
    // (with its dead-letter topic, which the inbox consumer needs). Created as the platform would.
    const created = await provisionTopics(kafka, allTopicDefinitions());
    if (created.length > 0) notes.push(`created topics ${created.join(', ')}`);
    const [metadata] = (await admin.fetchTopicMetadata({ topics: [TOPIC] })).topics;
    const expectedPartitions = TOPICS.find((topic) => topic.name === TOPIC)?.partitions;
    checks.push(`${TOPIC} partitions: ${metadata.partitions.length} (contract: ${expectedPartitions})`);

    // A fresh group would read the topic from the beginning, i.e. every earlier run's events too.
    // Committing the current end offsets first makes it start where this run's events will land.
    const endOffsets = await admin.fetchTopicOffsets(TOPIC);
    const alreadyOnTopic = endOffsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    await admin.setOffsets({
      groupId,
      topic: TOPIC,
      partitions: endOffsets.map(({ partition, high }) => ({ partition, offset: high })),
    });
    groupCreated = true;
    notes.push(`${alreadyOnTopic} earlier messages on ${TOPIC} skipped (group starts at the end offsets)`);

    const effectDb = inboxDb;
    consumer = new InboxConsumer(kafka, effectDb, {
      groupId,
      topics: [TOPIC],
      logger: benchLogger(`${OUTBOX_TO_CONSUMER} consumer`),
      handle: async ({ event, partition, offset }, manager) => {
        if (!tracker.isOurs(event.id)) return;
        const data = event.data as { organisationId: string };
        await manager.query(
          `INSERT INTO bench_effect (event_id, organisation_id, kafka_partition, kafka_offset) VALUES ($1, $2, $3, $4)`,
          [event.id, data.organisationId, partition, offset],
        );
      },
      // Runs once the inbox transaction (and so the effect) is committed, before the offset commit.
      beforeOffsetCommit: async ({ event }) => tracker.effect(event.id),
    });
    // Resolves once the group is joined and partitions are assigned.
    await consumer.start();

    relay = new OutboxRelay(outboxDb, kafka, { logger: benchLogger(`${OUTBOX_TO_CONSUMER} relay`) });
    relay.start();

    log(`${OUTBOX_TO_CONSUMER}: writing ${events.length} events to the outbox, ${settings.batchSize} per transaction`);
    const writer = outboxDb;
    tracker.startWriting();
    for (let start = 0; start < events.length; start += settings.batchSize) {
      if (aborted()) throw new Error('aborted');
      const batch = events.slice(start, start + settings.batchSize);
      await writer.transaction((manager) => appendToOutbox(manager, TOPIC, batch));
      tracker.written(batch.map((event) => event.id));
      // What EventPublisher.flush() does after a use case commits.
      relay.notify();
    }

    // Watch the outbox drain (cheap: partial index on unpublished rows) while the consumer works.
    const drainDeadline = performance.now() + settings.consumeTimeoutMs;
    while (performance.now() < drainDeadline && !aborted()) {
      const [{ pending }] = await writer.query(
        `SELECT count(*)::int AS pending FROM outbox_message WHERE published_at IS NULL`,
      );
      if (pending === 0) {
        tracker.onKafkaAt = performance.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const remaining = Math.max(0, drainDeadline - performance.now());
    const done = await tracker.waitUntilDone(remaining, aborted);
    if (!done)
      notes.push(
        `consumer applied ${tracker.effectAt.size}/${events.length} events within ${settings.consumeTimeoutMs} ms`,
      );
    const result = tracker.summarise({ caseName: OUTBOX_TO_CONSUMER, payloadBytes, checks, notes });

    const [outbox] = await writer.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished,
              count(*) FILTER (WHERE attempts > 1)::int AS retried
         FROM outbox_message`,
    );
    checks.push(
      `outbox rows: ${outbox.total}, unpublished: ${outbox.unpublished}, published more than once: ${outbox.retried}`,
    );
    const [effects] = await effectDb.query(`SELECT count(*)::int AS total FROM bench_effect`);
    const [inbox] = await effectDb.query(`SELECT count(*)::int AS total FROM inbox_message WHERE consumer_group = $1`, [
      groupId,
    ]);
    checks.push(`effect rows: ${effects.total}, inbox rows: ${inbox.total} (expected ${events.length} each)`);
    return result;
  } finally {
    await relay?.stop().catch((error) => log(`${OUTBOX_TO_CONSUMER}: relay stop failed: ${String(error)}`));
    await consumer?.stop().catch((error) => log(`${OUTBOX_TO_CONSUMER}: consumer stop failed: ${String(error)}`));
    if (groupCreated) {
      await admin
        .deleteGroups([groupId])
        .catch((error) => log(`${OUTBOX_TO_CONSUMER}: could not delete group ${groupId}: ${String(error)}`));
    }
    await admin.disconnect().catch(() => undefined);
    for (const dataSource of [outboxDb, inboxDb]) await dataSource?.destroy().catch(() => undefined);
    for (const url of [outboxUrl, inboxUrl]) {
      await dropDatabase(url).catch((error) => log(`${OUTBOX_TO_CONSUMER}: could not drop ${url}: ${String(error)}`));
    }
  }
}

async function migratedDataSource(url: string, applicationName: string): Promise<DataSource> {
  const options = buildDataSourceOptions({
    url,
    entities: MESSAGING_ENTITIES,
    migrations: [CreateMessagingTables1764000000000],
    applicationName,
  });
  const dataSource = new DataSource({
    ...options,
    extra: { ...(options.extra as object), connectionTimeoutMillis: 5_000 },
  } as typeof options);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
