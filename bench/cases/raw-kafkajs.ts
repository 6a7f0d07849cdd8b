import type { Consumer, Producer } from 'kafkajs';
import { createKafkaClient } from '@coordination/messaging';
import { benchEvents, kafkaMessageOf } from '../support/events';
import { benchLogger, log } from '../support/logger';
import { Tracker, type CaseResult } from '../support/measurements';
import { groupIdFor, rawTopicName, type BenchSettings } from '../support/settings';

export const RAW_KAFKAJS = 'raw-kafkajs';
const PARTITIONS = 6;

/**
 * Baseline: the same messages (key, headers, JSON value) sent with a plain kafkajs producer
 * (`sendBatch` of `batchSize`, acks -1) to a fresh 6-partition topic and read by a plain kafkajs
 * consumer (eachMessage, no database). What Kafka and kafkajs cost on this machine: the ceiling.
 */
export async function runRawKafkajs(settings: BenchSettings, aborted: () => boolean): Promise<CaseResult> {
  const events = benchEvents(settings);
  const messages = events.map(kafkaMessageOf);
  const payloadBytes = messages.reduce((sum, message) => sum + Buffer.byteLength(message.value as string), 0);
  const tracker = new Tracker(new Set(events.map((event) => event.id)));
  const topic = rawTopicName(settings.runId);
  const groupId = groupIdFor(RAW_KAFKAJS, settings.runId);
  const kafka = createKafkaClient({
    brokers: settings.brokers,
    clientId: `bench-raw-${settings.runId}`,
    logger: benchLogger(RAW_KAFKAJS),
  });
  const admin = kafka.admin();
  let consumer: Consumer | null = null;
  let producer: Producer | null = null;
  let topicCreated = false;
  const checks: string[] = [];
  const notes: string[] = [];
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: -1 }],
    });
    topicCreated = true;

    consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    // run() resolves once the group is joined and partitions are assigned.
    await consumer.run({
      eachMessage: async ({ message }) => {
        tracker.effect(message.headers?.['ce-id']?.toString() ?? '');
      },
    });

    producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();

    log(`${RAW_KAFKAJS}: producing ${events.length} messages to ${topic}`);
    tracker.startWriting();
    for (let start = 0; start < messages.length; start += settings.batchSize) {
      if (aborted()) throw new Error('aborted');
      const batch = messages.slice(start, start + settings.batchSize);
      await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch }] });
      tracker.written(events.slice(start, start + batch.length).map((event) => event.id));
    }
    tracker.onKafkaAt = tracker.lastWriteAt;

    const done = await tracker.waitUntilDone(settings.consumeTimeoutMs, aborted);
    if (!done)
      notes.push(
        `consumer saw ${tracker.effectAt.size}/${events.length} events within ${settings.consumeTimeoutMs} ms`,
      );
    const offsets = await admin.fetchTopicOffsets(topic);
    const onTopic = offsets.reduce((sum, partition) => sum + Number(partition.high) - Number(partition.low), 0);
    checks.push(`messages on ${topic}: ${onTopic} (expected ${events.length})`);
    return tracker.summarise({ caseName: RAW_KAFKAJS, payloadBytes, checks, notes });
  } finally {
    await consumer?.disconnect().catch((error) => log(`${RAW_KAFKAJS}: consumer disconnect failed: ${String(error)}`));
    await producer?.disconnect().catch((error) => log(`${RAW_KAFKAJS}: producer disconnect failed: ${String(error)}`));
    await admin
      .deleteGroups([groupId])
      .catch((error) => log(`${RAW_KAFKAJS}: could not delete group ${groupId}: ${String(error)}`));
    if (topicCreated) {
      await admin
        .deleteTopics({ topics: [topic], timeout: 10_000 })
        .catch((error) => log(`${RAW_KAFKAJS}: could not delete ${topic}: ${String(error)}`));
    }
    await admin.disconnect().catch(() => undefined);
  }
}
