import type { EventContract } from '../contract/event-contract';
import { EVENT_CONTRACTS } from '../registry/event-contracts';
import { allTopicDefinitions } from '../topics/dead-letter-topics';
import type { TopicDefinition } from '../topics/topic-definition';
import { TOPICS } from '../topics/topics';
import type { AsyncApiChannel, AsyncApiDocument, AsyncApiMessage, AsyncApiOperation } from './asyncapi-document';
import { eventPayloadJsonSchema } from './event-payload-json-schema';

/** Kafka bindings version whose fields (partitions, topicConfiguration) we emit. */
const KAFKA_BINDING_VERSION = '0.5.0';

/** Structured-mode CloudEvents over Kafka: the whole envelope is the JSON message value. */
const STRUCTURED_CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json';

// Sorted so the generated file does not change when declarations are merely reordered.
function byKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}

function channelRef(topic: string): string {
  return `#/channels/${topic}`;
}

function contractsOn(topic: string): EventContract[] {
  return byKey(
    EVENT_CONTRACTS.filter((contract) => contract.topic === topic),
    (contract) => contract.type,
  );
}

function channelFor(topic: TopicDefinition): AsyncApiChannel {
  const messages = Object.fromEntries(
    contractsOn(topic.name).map((contract) => [contract.type, { $ref: `#/components/messages/${contract.type}` }]),
  );
  return {
    address: topic.name,
    description: topic.description,
    messages,
    bindings: {
      kafka: {
        topic: topic.name,
        partitions: topic.partitions,
        topicConfiguration: {
          'cleanup.policy': [topic.cleanupPolicy],
          'retention.ms': topic.retentionMs,
        },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

function sendOperationFor(topic: TopicDefinition, contracts: readonly EventContract[]): AsyncApiOperation {
  return {
    action: 'send',
    channel: { $ref: channelRef(topic.name) },
    summary: `${topic.producer} publishes to ${topic.name}.`,
    messages: contracts.map((contract) => ({ $ref: `${channelRef(topic.name)}/messages/${contract.type}` })),
    'x-producer': topic.producer,
  };
}

function messageFor(contract: EventContract): AsyncApiMessage {
  return {
    name: contract.type,
    summary: contract.description,
    contentType: STRUCTURED_CLOUD_EVENT_CONTENT_TYPE,
    payload: eventPayloadJsonSchema(contract),
    bindings: {
      kafka: {
        key: { type: 'string', description: `Id of the ${contract.aggregate} (the CloudEvent subject).` },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
    'x-topic': contract.topic,
    'x-aggregate': contract.aggregate,
    'x-version': contract.version,
  };
}

/**
 * AsyncAPI 3.0 description of every topic and event type, generated from the catalogue so the
 * documentation cannot drift from what the code validates. Deterministic: no timestamps.
 */
export function buildAsyncApiDocument(): AsyncApiDocument {
  const channels = Object.fromEntries(
    byKey(allTopicDefinitions(), (topic) => topic.name).map((topic) => [topic.name, channelFor(topic)]),
  );

  // Only business topics get a send operation: dead-letter topics have no fixed producer.
  const operations = Object.fromEntries(
    byKey(TOPICS, (topic) => topic.name)
      .map((topic) => ({ topic, contracts: contractsOn(topic.name) }))
      .filter(({ contracts }) => contracts.length > 0)
      .map(({ topic, contracts }) => [`send.${topic.name}`, sendOperationFor(topic, contracts)]),
  );

  const messages = Object.fromEntries(
    byKey(EVENT_CONTRACTS, (contract) => contract.type).map((contract) => [contract.type, messageFor(contract)]),
  );

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Coordination platform events',
      // Event types carry their own versions; this only changes if the document layout does.
      version: '1.0.0',
      description:
        'Kafka topics and CloudEvents 1.0 (structured JSON) messages of the coordination platform. ' +
        'Generated from libs/contracts; do not edit by hand.',
    },
    defaultContentType: STRUCTURED_CLOUD_EVENT_CONTENT_TYPE,
    channels,
    operations,
    components: { messages },
  };
}
