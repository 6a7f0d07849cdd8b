import { validOrganisationRegisteredEvent } from '../testing/organisation-registered-event.fixture';
import { parseCloudEvent } from './parse-cloud-event';

describe('parseCloudEvent', () => {
  it('parses and validates a Kafka message value', () => {
    const event = validOrganisationRegisteredEvent();
    expect(parseCloudEvent(Buffer.from(JSON.stringify(event), 'utf8'))).toEqual({ ok: true, event });
    expect(parseCloudEvent(JSON.stringify(event))).toEqual({ ok: true, event });
  });

  it.each<[string, Buffer | string | null]>([
    ['a tombstone', null],
    ['an empty value', Buffer.alloc(0)],
    ['truncated JSON', '{"specversion":"1.0",'],
    ['plain text', 'hello'],
  ])('rejects %s with EVENT.NOT_JSON', (_case, raw) => {
    const result = parseCloudEvent(raw);
    expect(!result.ok && result.error.code).toBe('EVENT.NOT_JSON');
  });

  it('validates the decoded JSON like any event', () => {
    expect(parseCloudEvent('null')).toMatchObject({ ok: false, error: { code: 'EVENT.ENVELOPE_INVALID' } });
    expect(parseCloudEvent('"a string"')).toMatchObject({ ok: false, error: { code: 'EVENT.ENVELOPE_INVALID' } });
  });
});
