import { TopicDefinition, UNLIMITED_RETENTION_MS } from './topic-definition';
import { TOPICS } from './topics';

/** Name of the topic receiving messages from `topic` that could not be processed. */
export function dlqTopicName(topic: string): string {
  return `${topic}.dlq`;
}

function deadLetterTopicFor(topic: TopicDefinition): TopicDefinition {
  return {
    name: dlqTopicName(topic.name),
    // Dead letters are rare and read by people one at a time; one partition keeps them in the
    // order they failed, which makes incidents easier to follow.
    partitions: 1,
    // Kept forever: a dead letter is an event the platform has not applied yet. Expiring it
    // would turn an unnoticed failure into silent data loss; operators delete after replaying.
    retentionMs: UNLIMITED_RETENTION_MS,
    // Compaction would keep only the last failure per key and drop distinct failed events.
    cleanupPolicy: 'delete',
    description: `Messages from ${topic.name} that a consumer could not process, copied unchanged for inspection and replay. They may not match any event contract.`,
    // Any service consuming the source topic may park a message here.
    producer: '*',
  };
}

/** Business topics followed by their dead-letter topics: everything that must exist in Kafka. */
export function allTopicDefinitions(): readonly TopicDefinition[] {
  return [...TOPICS, ...TOPICS.map(deadLetterTopicFor)];
}
