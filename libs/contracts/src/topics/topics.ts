import { TopicDefinition, UNLIMITED_RETENTION_MS } from './topic-definition';
import { TopicNames } from './topic-names';

/** Every business topic of the platform. Dead-letter topics are derived, see dead-letter-topics.ts. */
export const TOPICS: readonly TopicDefinition[] = [
  {
    name: TopicNames.directoryOrganisation,
    // Keyed by organisation id, so 6 partitions give consumers parallelism while each
    // organisation's events stay in order.
    partitions: 6,
    // Kept forever because reporting rebuilds its read models by replaying from the start.
    retentionMs: UNLIMITED_RETENTION_MS,
    // Not compacted: replays need every event, not only the latest per organisation.
    cleanupPolicy: 'delete',
    description: 'Lifecycle events of organisations in the coordination directory.',
    producer: 'directory',
  },
];
