import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { TopicNames, allTopicDefinitions, type CloudEvent } from '@coordination/contracts';
import {
  DedicatedKafkaBroker,
  createTestDatabase,
  eventually,
  readTopic,
  testEnvironment,
  testKafkaClient,
  type TestDatabase,
} from '@coordination/testing';
import { messagingTestDataSourceOptions } from '../../../test/fixtures/messaging-test-database';
import { organisationRegisteredEvent } from '../../../test/fixtures/organisation-events';
import { createKafkaClient } from './kafka-client';
import { OutboxRelay } from './outbox-relay';
import { appendToOutbox } from './outbox-writer';
import { provisionTopics } from './topic-provisioner';

const TOPIC = TopicNames.directoryOrganisation;

/** Events for `aggregates` aggregates, `perAggregate` each, in the order a service would write them. */
function interleavedEvents(aggregates: number, perAggregate: number): CloudEvent[] {
  const subjects = Array.from({ length: aggregates }, () => randomUUID());
  const events: CloudEvent[] = [];
  for (let sequence = 1; sequence <= perAggregate; sequence++) {
    for (const subject of subjects) events.push(organisationRegisteredEvent(subject, `${subject} #${sequence}`));
  }
  return events;
}

/** Other test files put poison messages on the same topic on purpose: skip what is not JSON. */
function parseJson(text: string | undefined): CloudEvent | null {
  try {
    return text ? (JSON.parse(text) as CloudEvent) : null;
  } catch {
    return null;
  }
}

/** Per aggregate, the event ids in the order Kafka holds them (a repeated delivery counted once). */
function orderPerAggregate(messages: KafkaMessage[], ids: Set<string>): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const message of messages) {
    const event = parseJson(message.value?.toString());
    if (!event || !ids.has(event.id)) continue;
    const seen = order.get(event.subject) ?? [];
    if (!seen.includes(event.id)) seen.push(event.id);
    order.set(event.subject, seen);
  }
  return order;
}

function expectedOrder(events: CloudEvent[]): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const event of events) order.set(event.subject, [...(order.get(event.subject) ?? []), event.id]);
  return order;
}

describe('OutboxRelay against real Kafka and PostgreSQL', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('outbox', messagingTestDataSourceOptions);
  });

  afterAll(async () => {
    await database.drop();
  });

  async function writeToOutbox(events: CloudEvent[], perTransaction = 10): Promise<void> {
    for (let start = 0; start < events.length; start += perTransaction) {
      await database.dataSource.transaction((manager) =>
        appendToOutbox(manager, TOPIC, events.slice(start, start + perTransaction)),
      );
    }
  }

  async function pendingCount(ids: string[]): Promise<number> {
    const rows = await database.dataSource.query(
      'SELECT count(*)::int AS count FROM outbox_message WHERE published_at IS NULL AND event_id = ANY($1)',
      [ids],
    );
    return rows[0].count;
  }

  it('publishes what was written while Kafka was down once it is back, losing nothing and keeping per-aggregate order', async () => {
    const broker = await DedicatedKafkaBroker.create('outbox-outage');
    await broker.start();
    const kafka = createKafkaClient({ brokers: broker.brokers, clientId: 'relay-outage' });
    const relay = new OutboxRelay(database.dataSource, kafka, {
      pollIntervalMs: 100,
      maxBackoffMs: 1_000,
      batchSize: 50,
    });
    try {
      await provisionTopics(kafka, allTopicDefinitions());
      await broker.kill();

      const events = interleavedEvents(3, 10);
      await writeToOutbox(events);
      relay.start();
      // With the broker gone the relay keeps failing: every event must still be waiting.
      await eventually(async () => {
        const rows = await database.dataSource.query(
          'SELECT min(attempts)::int AS attempts FROM outbox_message WHERE event_id = ANY($1)',
          [events.map((event) => event.id)],
        );
        expect(rows[0].attempts).toBeGreaterThanOrEqual(1);
      }, 60_000);
      expect(await pendingCount(events.map((event) => event.id))).toBe(events.length);

      await broker.start();
      await eventually(async () => expect(await pendingCount(events.map((event) => event.id))).toBe(0), 90_000, 500);

      const ids = new Set(events.map((event) => event.id));
      const messages = await readTopic(
        testKafkaClient('outage-reader', broker.brokers),
        TOPIC,
        (read) =>
          [...orderPerAggregate(read, ids).values()].reduce((sum, list) => sum + list.length, 0) === events.length,
        60_000,
      );
      expect(orderPerAggregate(messages, ids)).toEqual(expectedOrder(events));
    } finally {
      await relay.stop();
      await broker.destroy();
    }
  }, 240_000);

  it('lets two relay copies share the outbox without publishing a row twice or reordering an aggregate', async () => {
    const kafka = createKafkaClient({ brokers: testEnvironment.kafkaBrokers, clientId: 'relay-pair' });
    const events = interleavedEvents(10, 20);
    await writeToOutbox(events, 25);
    const relays = [1, 2].map(() => new OutboxRelay(database.dataSource, kafka, { pollIntervalMs: 20, batchSize: 7 }));
    relays.forEach((relay) => relay.start());
    try {
      await eventually(async () => expect(await pendingCount(events.map((event) => event.id))).toBe(0), 60_000);
    } finally {
      await Promise.all(relays.map((relay) => relay.stop()));
    }
    const attempts = await database.dataSource.query(
      'SELECT max(attempts)::int AS max FROM outbox_message WHERE event_id = ANY($1)',
      [events.map((event) => event.id)],
    );
    expect(attempts[0].max).toBe(1);

    const ids = new Set(events.map((event) => event.id));
    const messages = await readTopic(
      testKafkaClient('pair-reader'),
      TOPIC,
      (read) =>
        [...orderPerAggregate(read, ids).values()].reduce((sum, list) => sum + list.length, 0) === events.length,
    );
    const published = messages.filter((message) => ids.has(parseJson(message.value?.toString())?.id ?? ''));
    expect(published).toHaveLength(events.length);
    expect(orderPerAggregate(messages, ids)).toEqual(expectedOrder(events));
  }, 120_000);

  it('refuses an event that breaks its contract, writing nothing of the transaction', async () => {
    const subject = randomUUID();
    const broken = { ...organisationRegisteredEvent(subject), data: { organisationId: subject } } as CloudEvent;
    await expect(
      database.dataSource.transaction(async (manager) => {
        await appendToOutbox(manager, TOPIC, [organisationRegisteredEvent(subject), broken]);
      }),
    ).rejects.toMatchObject({ code: 'EVENT.PUBLICATION_REFUSED' });
    const rows = await database.dataSource.query(
      'SELECT count(*)::int AS count FROM outbox_message WHERE message_key = $1',
      [subject],
    );
    expect(rows[0].count).toBe(0);
  });
});
