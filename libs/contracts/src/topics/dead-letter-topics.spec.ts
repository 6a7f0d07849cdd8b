import { allTopicDefinitions, dlqTopicName } from './dead-letter-topics';
import { TopicNames } from './topic-names';
import { TOPICS } from './topics';

describe('topic catalogue', () => {
  it('declares directory.organisation for reporting replays', () => {
    expect(TOPICS).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'directory.organisation',
          producer: 'directory',
          partitions: 6,
          retentionMs: -1,
          cleanupPolicy: 'delete',
        }),
      ]),
    );
  });

  it('keeps every business topic forever, so read models can be rebuilt by replaying them', () => {
    expect(TOPICS.every((topic) => topic.retentionMs === -1 && topic.cleanupPolicy === 'delete')).toBe(true);
    expect(new Set(TOPICS.map((topic) => topic.name)).size).toBe(TOPICS.length);
  });

  it('names the dead-letter topic after its source', () => {
    expect(dlqTopicName(TopicNames.directoryOrganisation)).toBe('directory.organisation.dlq');
  });

  it('adds one dead-letter topic per business topic', () => {
    const all = allTopicDefinitions();
    expect(all).toHaveLength(TOPICS.length * 2);
    expect(all.slice(0, TOPICS.length)).toEqual(TOPICS);
    for (const topic of TOPICS) {
      expect(all).toContainEqual(
        expect.objectContaining({ name: `${topic.name}.dlq`, partitions: 1, retentionMs: -1, cleanupPolicy: 'delete' }),
      );
    }
  });

  it('has unique topic names', () => {
    const names = allTopicDefinitions().map((topic) => topic.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
