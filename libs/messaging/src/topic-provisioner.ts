import type { Kafka } from 'kafkajs';
import type { TopicDefinition } from '@coordination/contracts';

/**
 * Creates the platform's topics with their partition counts and retention. Auto-creation is off on
 * the broker, so a typo in a topic name fails loudly instead of creating a stray topic.
 */
export async function provisionTopics(kafka: Kafka, topics: readonly TopicDefinition[]): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic: topic.name,
        numPartitions: topic.partitions,
        replicationFactor: -1,
        configEntries: [
          { name: 'retention.ms', value: String(topic.retentionMs) },
          { name: 'cleanup.policy', value: topic.cleanupPolicy },
        ],
      })),
    });
    return missing.map((topic) => topic.name);
  } finally {
    await admin.disconnect();
  }
}
