import { validOrganisationRegisteredEvent } from '../testing/organisation-registered-event.fixture';
import { TopicNames } from '../topics/topic-names';
import { validateCloudEventForTopic } from './validate-cloud-event-for-topic';

describe('validateCloudEventForTopic', () => {
  it('accepts an event on the topic of its contract', () => {
    const result = validateCloudEventForTopic(validOrganisationRegisteredEvent(), TopicNames.directoryOrganisation);
    expect(result.ok).toBe(true);
  });

  it.each(['reporting.activity', 'directory.organisation.dlq'])(
    'rejects the event on %s with EVENT.WRONG_TOPIC',
    (topic) => {
      const result = validateCloudEventForTopic(validOrganisationRegisteredEvent(), topic);
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'EVENT.WRONG_TOPIC',
          message: expect.stringContaining(topic),
          issues: [{ path: 'type', message: 'Expected on topic directory.organisation' }],
        },
      });
    },
  );

  it('reports invalid events with their own code before checking the topic', () => {
    const result = validateCloudEventForTopic({ ...validOrganisationRegisteredEvent(), id: 'x' }, 'elsewhere');
    expect(!result.ok && result.error.code).toBe('EVENT.ENVELOPE_INVALID');
  });
});
