import { z } from 'zod';
import { TopicNames, type TopicName } from '../topics/topic-names';
import { defineEvent } from './define-event';

const base = {
  type: 'org.coordination.directory.organisation.renamed.v2',
  topic: TopicNames.directoryOrganisation,
  aggregate: 'organisation',
  version: 2,
  description: 'test contract',
  schema: z.object({ name: z.string() }),
};

describe('defineEvent', () => {
  it('returns the contract with all its fields', () => {
    expect(defineEvent(base)).toEqual(base);
  });

  it('requires the type to end with the version', () => {
    expect(() => defineEvent({ ...base, version: 3 })).toThrow('must end with .v3');
  });

  it.each(['OrganisationRenamed', 'org.coordination.renamed', 'org.coordination.renamed.V2'])(
    'rejects the malformed type %s',
    (type) => {
      expect(() => defineEvent({ ...base, type })).toThrow(/type must/);
    },
  );

  it.each([0, -1, 1.5])('rejects version %p', (version) => {
    expect(() => defineEvent({ ...base, type: `org.coordination.thing.v${version}`, version })).toThrow(
      'version must be a positive integer',
    );
  });

  it('rejects a topic missing from the catalogue', () => {
    expect(() => defineEvent({ ...base, topic: 'nowhere' as TopicName })).toThrow('not in the topic catalogue');
  });

  it('rejects an empty aggregate', () => {
    expect(() => defineEvent({ ...base, aggregate: ' ' })).toThrow('aggregate must not be empty');
  });
});
