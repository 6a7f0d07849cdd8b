import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { TopicNames, dlqTopicName } from '@coordination/contracts';
import {
  createTestDatabase,
  eventually,
  readTopic,
  testEnvironment,
  testKafkaClient,
  uniqueName,
  type TestDatabase,
} from '@coordination/testing';
import { messagingTestDataSourceOptions, recordTestEffect } from '../../../test/fixtures/messaging-test-database';
import { organisationRegisteredEvent } from '../../../test/fixtures/organisation-events';
import { InboxConsumer } from './inbox-consumer';
import { createKafkaClient } from './kafka-client';

const TOPIC = TopicNames.directoryOrganisation;
const CRASH_FIXTURE = resolve(__dirname, '../../../dist/test/fixtures/crash-after-effect.consumer.js');

/**
 * The dead letters of one test's aggregate, one per original message. Delivery to the dead-letter
 * topic is at least once (a rebalance between the copy and the offset commit repeats it), so a
 * repeat of the same original offset is the same dead letter.
 */
function deadLettersOf(messages: KafkaMessage[], subject: string): KafkaMessage[] {
  const byOriginalOffset = new Map<string, KafkaMessage>();
  for (const message of messages) {
    if (message.key?.toString() !== subject) continue;
    const original = String(message.headers?.['dlq-original-offset'] ?? '');
    if (!byOriginalOffset.has(original)) byOriginalOffset.set(original, message);
  }
  return [...byOriginalOffset.values()];
}

describe('InboxConsumer against real Kafka and PostgreSQL', () => {
  let database: TestDatabase;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    database = await createTestDatabase('inbox', messagingTestDataSourceOptions);
    kafka = testKafkaClient('inbox-test');
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer.disconnect();
    await database.drop();
  });

  async function effects(subjects: string[]): Promise<{ event_id: string; applied_count: number }[]> {
    return database.dataSource.query(
      'SELECT event_id, applied_count FROM test_effect WHERE subject = ANY($1) ORDER BY applied_order',
      [subjects],
    );
  }

  it('applies an event exactly once when the consumer dies after the effect and before the offset commit', async () => {
    const subject = randomUUID();
    const events = Array.from({ length: 5 }, () => organisationRegisteredEvent(subject));
    await producer.send({
      topic: TOPIC,
      messages: events.map((event) => ({ key: subject, value: JSON.stringify(event) })),
    });
    const crashOn = events[2];
    const environment = {
      ...process.env,
      DATABASE_URL: database.url,
      KAFKA_BROKERS: testEnvironment.kafkaBrokers.join(','),
      GROUP_ID: uniqueName('crash_group'),
      TOPIC,
      SUBJECTS: subject,
      CRASH_ON_EVENT_ID: crashOn.id,
      CRASH_MARKER_FILE: join(mkdtempSync(join(tmpdir(), 'crash-')), 'crashed'),
    };

    const firstRun = spawn(process.execPath, [CRASH_FIXTURE], { env: environment, stdio: 'ignore' });
    const exit = await new Promise<NodeJS.Signals | number | null>((done) =>
      firstRun.once('exit', (code, signal) => done(signal ?? code)),
    );
    expect(exit).toBe('SIGKILL');
    const afterCrash = await effects([subject]);
    expect(afterCrash.map((row) => row.event_id)).toEqual(events.slice(0, 3).map((event) => event.id));

    const secondRun = spawn(process.execPath, [CRASH_FIXTURE], { env: environment, stdio: 'ignore' });
    try {
      await eventually(async () => expect((await effects([subject])).length).toBe(5), 60_000);
      // The redelivered event found its id in the inbox: still applied once, like the rest.
      const rows = await effects([subject]);
      expect(rows.map((row) => row.event_id)).toEqual(events.map((event) => event.id));
      expect(rows.every((row) => row.applied_count === 1)).toBe(true);
    } finally {
      secondRun.kill('SIGTERM');
      await new Promise((done) => secondRun.once('exit', done));
    }
    const inboxRows = await database.dataSource.query(
      'SELECT count(*)::int AS count FROM inbox_message WHERE consumer_group = $1 AND event_id = ANY($2)',
      [environment.GROUP_ID, events.map((event) => event.id)],
    );
    expect(inboxRows[0].count).toBe(5);
  }, 120_000);

  it('sends poison messages to the dead-letter topic and goes on with the partition', async () => {
    const subject = randomUUID();
    const invalidData = { ...organisationRegisteredEvent(subject), data: { organisationId: 'not-a-uuid' } };
    const valid = organisationRegisteredEvent(subject);
    // Same key, so the same partition: the valid event sits behind the poison.
    await producer.send({
      topic: TOPIC,
      messages: [
        { key: subject, value: '{ this is not json' },
        { key: subject, value: JSON.stringify(invalidData) },
        { key: subject, value: JSON.stringify(valid) },
      ],
    });
    const consumer = new InboxConsumer(
      createKafkaClient({ brokers: testEnvironment.kafkaBrokers, clientId: 'dlq-test' }),
      database.dataSource,
      {
        groupId: uniqueName('dlq_group'),
        topics: [TOPIC],
        handle: async (delivery, manager) => {
          if (delivery.event.subject === subject) await recordTestEffect(manager, delivery);
        },
      },
    );
    await consumer.start();
    try {
      await eventually(
        async () => expect((await effects([subject])).map((row) => row.event_id)).toEqual([valid.id]),
        60_000,
      );
    } finally {
      await consumer.stop();
    }
    const dead = await readTopic(
      kafka,
      dlqTopicName(TOPIC),
      (messages) => deadLettersOf(messages, subject).length >= 2,
    );
    const ours = deadLettersOf(dead, subject);
    expect(ours.map((message) => message.headers?.['dlq-error-code']?.toString())).toEqual([
      'EVENT.NOT_JSON',
      'EVENT.DATA_INVALID',
    ]);
    expect(ours[0].value?.toString()).toBe('{ this is not json');
    expect(ours[1].headers?.['dlq-original-topic']?.toString()).toBe(TOPIC);
  }, 120_000);

  it('dead-letters an event whose handler keeps failing, after its retries, and applies the next one', async () => {
    const subject = randomUUID();
    const failing = organisationRegisteredEvent(subject);
    const next = organisationRegisteredEvent(subject);
    await producer.send({
      topic: TOPIC,
      messages: [failing, next].map((event) => ({ key: subject, value: JSON.stringify(event) })),
    });
    let attempts = 0;
    const consumer = new InboxConsumer(
      createKafkaClient({ brokers: testEnvironment.kafkaBrokers, clientId: 'retry-test' }),
      database.dataSource,
      {
        groupId: uniqueName('retry_group'),
        topics: [TOPIC],
        maxAttempts: 3,
        retryBaseMs: 10,
        handle: async (delivery, manager) => {
          if (delivery.event.id === failing.id) {
            attempts += 1;
            // The effect is written, then the handler fails: the rollback must undo it every time.
            await recordTestEffect(manager, delivery);
            throw new Error('downstream rule rejected the event');
          }
          if (delivery.event.subject === subject) await recordTestEffect(manager, delivery);
        },
      },
    );
    await consumer.start();
    try {
      await eventually(
        async () => expect((await effects([subject])).map((row) => row.event_id)).toEqual([next.id]),
        60_000,
      );
    } finally {
      await consumer.stop();
    }
    expect(attempts).toBe(3);
    const dead = await readTopic(kafka, dlqTopicName(TOPIC), (messages) =>
      messages.some((message) => message.key?.toString() === subject),
    );
    const ours = deadLettersOf(dead, subject);
    expect(ours).toHaveLength(1);
    expect(ours[0].headers?.['dlq-error-code']?.toString()).toBe('EVENT.HANDLER_FAILED');
    expect(ours[0].headers?.['dlq-error-message']?.toString()).toContain('downstream rule rejected the event');
  }, 120_000);
});
