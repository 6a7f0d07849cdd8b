/**
 * The single place where Kafka topic names are spelled out. Everything else (topic definitions,
 * event contracts, consumers) refers to these constants so a rename cannot miss a usage.
 */
export const TopicNames = {
  directoryOrganisation: 'directory.organisation',
} as const;

export type TopicName = (typeof TopicNames)[keyof typeof TopicNames];
