import { Kafka, logLevel, type KafkaMessage } from 'kafkajs';
import { testEnvironment } from './test-environment';

export function testKafkaClient(clientId = 'test', brokers = testEnvironment.kafkaBrokers): Kafka {
  return new Kafka({ clientId, brokers, logLevel: logLevel.NOTHING, retry: { retries: 5, initialRetryTime: 200 } });
}

/**
 * Reads a topic from the beginning with a throw-away consumer group until `enough` says the
 * collected messages suffice, or the time is up.
 */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  enough: (messages: KafkaMessage[]) => boolean,
  timeoutMs = 30_000,
): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({
    groupId: `reader-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${messages.length} messages from ${topic} before the timeout`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ message }) => {
          messages.push(message);
          if (enough(messages)) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}
