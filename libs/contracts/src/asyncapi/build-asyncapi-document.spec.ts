import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { EVENT_CONTRACTS } from '../registry/event-contracts';
import { allTopicDefinitions } from '../topics/dead-letter-topics';
import { TOPICS } from '../topics/topics';
import { ASYNCAPI_FILE_PATH } from './asyncapi-file';
import { buildAsyncApiDocument } from './build-asyncapi-document';
import { renderAsyncApiYaml } from './render-asyncapi-yaml';

const REPO_ROOT = resolve(__dirname, '../../../..');

describe('buildAsyncApiDocument', () => {
  const document = buildAsyncApiDocument();

  it('is an AsyncAPI 3.0 document', () => {
    expect(document.asyncapi).toBe('3.0.0');
    expect(document.info.title).toBeTruthy();
  });

  it('has a channel per topic, dead-letter topics included, with Kafka bindings', () => {
    expect(Object.keys(document.channels).sort()).toEqual(
      allTopicDefinitions()
        .map((t) => t.name)
        .sort(),
    );
    for (const topic of allTopicDefinitions()) {
      const channel = document.channels[topic.name];
      expect(channel.address).toBe(topic.name);
      expect(channel.bindings.kafka).toMatchObject({
        topic: topic.name,
        partitions: topic.partitions,
        topicConfiguration: { 'retention.ms': topic.retentionMs, 'cleanup.policy': [topic.cleanupPolicy] },
      });
    }
  });

  it('has a message per event type on the channel of its topic', () => {
    expect(Object.keys(document.components.messages).sort()).toEqual(EVENT_CONTRACTS.map((c) => c.type).sort());
    for (const contract of EVENT_CONTRACTS) {
      expect(document.channels[contract.topic].messages[contract.type]).toEqual({
        $ref: `#/components/messages/${contract.type}`,
      });
    }
  });

  it('describes the full CloudEvent envelope with the contract data as payload', () => {
    const payload = document.components.messages['org.coordination.directory.organisation.registered.v1'].payload as {
      properties: Record<string, { const?: string; properties?: Record<string, unknown>; required?: string[] }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(payload.additionalProperties).toBe(false);
    expect(payload.required).toEqual(
      expect.arrayContaining(['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data']),
    );
    expect(payload.properties.type.const).toBe('org.coordination.directory.organisation.registered.v1');
    expect(Object.keys(payload.properties.data.properties ?? {})).toEqual([
      'organisationId',
      'name',
      'acronym',
      'type',
      'registeredAt',
      'aliases',
      'identifiers',
      'parentOrganisationId',
      'workingGroupMember',
      'regionPcodes',
    ]);
    expect(payload.properties.data.required).toEqual(['organisationId', 'name', 'type', 'registeredAt']);
  });

  it('has a send operation from the producer of each business topic', () => {
    for (const topic of TOPICS) {
      const operation = document.operations[`send.${topic.name}`];
      expect(operation).toMatchObject({
        action: 'send',
        channel: { $ref: `#/channels/${topic.name}` },
        'x-producer': topic.producer,
      });
      const contracts = EVENT_CONTRACTS.filter((contract) => contract.topic === topic.name);
      // Listed in type order, so the generated file does not change when the registry is reordered.
      expect(operation.messages).toEqual(
        contracts
          .map((contract) => ({ $ref: `#/channels/${topic.name}/messages/${contract.type}` }))
          .sort((a, b) => a.$ref.localeCompare(b.$ref)),
      );
    }
  });

  it('renders the same YAML every time, without anchors', () => {
    const first = renderAsyncApiYaml(buildAsyncApiDocument());
    expect(renderAsyncApiYaml(buildAsyncApiDocument())).toBe(first);
    expect(first).not.toMatch(/[&*]a\d+\b/);
    expect(parse(first)).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('matches the committed docs/events/asyncapi.yaml (regenerate with the write-asyncapi CLI)', () => {
    const committed = readFileSync(resolve(REPO_ROOT, ASYNCAPI_FILE_PATH), 'utf8');
    expect(committed).toBe(renderAsyncApiYaml(document));
  });
});
