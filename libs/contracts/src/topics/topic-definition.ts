/** Retention value meaning "keep forever"; Kafka uses -1 for this in `retention.ms`. */
export const UNLIMITED_RETENTION_MS = -1;

export type TopicCleanupPolicy = 'delete' | 'compact';

/** What infrastructure needs to create a topic and what readers need to understand it. */
export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  /** Milliseconds to keep records; {@link UNLIMITED_RETENTION_MS} (-1) keeps them forever. */
  readonly retentionMs: number;
  readonly cleanupPolicy: TopicCleanupPolicy;
  readonly description: string;
  /** Service allowed to publish to the topic ('*' when any service may). */
  readonly producer: string;
}
