import { validOrganisationRegisteredEvent } from '../testing/organisation-registered-event.fixture';
import { validateCloudEvent } from './validate-cloud-event';

function errorOf(value: unknown) {
  const result = validateCloudEvent(value);
  if (result.ok) throw new Error('expected validation to fail');
  return result.error;
}

describe('validateCloudEvent', () => {
  it('accepts a valid event and returns it with its data', () => {
    const input = validOrganisationRegisteredEvent();
    const result = validateCloudEvent(input);
    expect(result).toEqual({ ok: true, event: input });
  });

  it('accepts an event without the optional extensions', () => {
    const minimal = validOrganisationRegisteredEvent();
    for (const extension of ['correlationid', 'causationid', 'actororg', 'traceparent']) delete minimal[extension];
    expect(validateCloudEvent(minimal).ok).toBe(true);
  });

  describe('envelope', () => {
    const brokenFields: [field: string, value: unknown][] = [
      ['specversion', '0.3'],
      ['id', 'not-a-uuid'],
      ['source', ''],
      ['type', 'OrganisationRegistered'],
      ['type', 'org.coordination.directory.organisation.registered'],
      ['subject', ''],
      ['time', '2025-03-01 12:00'],
      ['time', '2025-03-01T12:00:00'],
      ['datacontenttype', 'text/plain'],
      ['correlationid', 42],
      ['causationid', ''],
      ['actororg', null],
      ['traceparent', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01'],
      ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-01'],
    ];

    it.each(brokenFields)('rejects %s = %j with EVENT.ENVELOPE_INVALID at that path', (field, value) => {
      const error = errorOf({ ...validOrganisationRegisteredEvent(), [field]: value });
      expect(error.code).toBe('EVENT.ENVELOPE_INVALID');
      expect(error.issues.map((issue) => issue.path)).toEqual([field]);
      expect(error.message).toContain(field);
    });

    it.each(['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'data'])(
      'rejects a missing %s',
      (field) => {
        const event = validOrganisationRegisteredEvent();
        delete event[field];
        const error = errorOf(event);
        expect(error.code).toBe('EVENT.ENVELOPE_INVALID');
        expect(error.issues.map((issue) => issue.path)).toEqual([field]);
      },
    );

    it('rejects unknown attributes, one issue per attribute', () => {
      const error = errorOf({ ...validOrganisationRegisteredEvent(), tenant: 'x', Source: 'y' });
      expect(error.code).toBe('EVENT.ENVELOPE_INVALID');
      expect(error.issues).toEqual([
        { path: 'tenant', message: 'Unknown attribute' },
        { path: 'Source', message: 'Unknown attribute' },
      ]);
    });

    it.each([null, 42, [], 'plain'])('rejects a non-object value %j', (value) => {
      const error = errorOf(value);
      expect(error.code).toBe(typeof value === 'string' ? 'EVENT.NOT_JSON' : 'EVENT.ENVELOPE_INVALID');
    });
  });

  describe('raw input', () => {
    it('decodes JSON text and bytes', () => {
      const json = JSON.stringify(validOrganisationRegisteredEvent());
      expect(validateCloudEvent(json).ok).toBe(true);
      expect(validateCloudEvent(Buffer.from(json)).ok).toBe(true);
    });

    it('reports text that is not JSON as EVENT.NOT_JSON', () => {
      const error = errorOf(Buffer.from('{"specversion":'));
      expect(error.code).toBe('EVENT.NOT_JSON');
      expect(error.issues).toHaveLength(1);
    });
  });

  it('rejects a well-formed but unknown type with EVENT.UNKNOWN_TYPE', () => {
    const error = errorOf({
      ...validOrganisationRegisteredEvent(),
      type: 'org.coordination.directory.organisation.registered.v9',
    });
    expect(error.code).toBe('EVENT.UNKNOWN_TYPE');
    expect(error.issues).toEqual([{ path: 'type', message: expect.any(String) }]);
    expect(error.message).toContain('org.coordination.directory.organisation.registered.v9');
  });

  it('checks data against the contract of the type', () => {
    const event = validOrganisationRegisteredEvent();
    event.data.type = 'COMPANY';
    const error = errorOf(event);
    expect(error.code).toBe('EVENT.DATA_INVALID');
    expect(error.issues.map((issue) => issue.path)).toEqual(['data.type']);
  });

  it('reports the envelope before the data when both are broken', () => {
    const event = { ...validOrganisationRegisteredEvent(), id: 'nope', data: {} };
    expect(errorOf(event).code).toBe('EVENT.ENVELOPE_INVALID');
  });
});
