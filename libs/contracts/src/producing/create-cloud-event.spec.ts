import { OrganisationRegisteredV1 } from '../directory/organisation-registered.v1.event';
import { EventContractViolation } from '../validation/event-contract-violation';
import { parseCloudEvent } from '../validation/parse-cloud-event';
import { validateCloudEventForTopic } from '../validation/validate-cloud-event-for-topic';
import { createCloudEvent } from './create-cloud-event';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const organisationId = '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d';
const data = {
  organisationId,
  name: 'Encuentros SJM',
  type: 'NNGO' as const,
  registeredAt: '2025-03-01T12:00:00.000Z',
};

function captureViolation(action: () => unknown): EventContractViolation {
  try {
    action();
  } catch (error) {
    if (error instanceof EventContractViolation) return error;
    throw error;
  }
  throw new Error('expected an EventContractViolation');
}

describe('createCloudEvent', () => {
  it('builds an event that survives a round trip through JSON and validation', () => {
    const event = createCloudEvent(OrganisationRegisteredV1, {
      subject: organisationId,
      source: '/coordination/directory',
      data,
      correlationId: 'req-1',
      causationId: 'cmd-1',
      actorOrg: 'org-unhcr',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    });

    expect(event).toMatchObject({
      specversion: '1.0',
      type: 'org.coordination.directory.organisation.registered.v1',
      datacontenttype: 'application/json',
      subject: organisationId,
      correlationid: 'req-1',
      causationid: 'cmd-1',
      actororg: 'org-unhcr',
      data,
    });
    expect(event.id).toMatch(UUID_PATTERN);
    expect(Number.isNaN(Date.parse(event.time))).toBe(false);

    expect(parseCloudEvent(JSON.stringify(event))).toEqual({ ok: true, event });
    expect(validateCloudEventForTopic(event, OrganisationRegisteredV1.topic).ok).toBe(true);
  });

  it('uses the given id and time and leaves absent extensions out', () => {
    const event = createCloudEvent(OrganisationRegisteredV1, {
      id: '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
      time: new Date('2025-03-01T12:00:00Z'),
      subject: organisationId,
      source: '/coordination/directory',
      data,
    });
    expect(event.id).toBe('6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f');
    expect(event.time).toBe('2025-03-01T12:00:00.000Z');
    expect(Object.keys(event).sort()).toEqual(
      ['data', 'datacontenttype', 'id', 'source', 'specversion', 'subject', 'time', 'type'].sort(),
    );
  });

  it('generates a different id for each event', () => {
    const input = { subject: organisationId, source: '/coordination/directory', data };
    expect(createCloudEvent(OrganisationRegisteredV1, input).id).not.toBe(
      createCloudEvent(OrganisationRegisteredV1, input).id,
    );
  });

  it('drops data fields outside the contract instead of publishing them', () => {
    const event = createCloudEvent(OrganisationRegisteredV1, {
      subject: organisationId,
      source: '/coordination/directory',
      data: { ...data, internalNotes: 'not for Kafka' } as typeof data,
    });
    expect(event.data).toEqual(data);
  });

  it('throws EventContractViolation with EVENT.DATA_INVALID for invalid data', () => {
    const violation = captureViolation(() =>
      createCloudEvent(OrganisationRegisteredV1, {
        subject: organisationId,
        source: '/coordination/directory',
        data: { ...data, name: '' },
      }),
    );
    expect(violation.name).toBe('EventContractViolation');
    expect(violation.code).toBe('EVENT.DATA_INVALID');
    expect(violation.validationError.issues.map((issue) => issue.path)).toEqual(['data.name']);
    expect(violation.message).toContain('data.name');
  });

  it('throws EventContractViolation with EVENT.ENVELOPE_INVALID for invalid attributes', () => {
    const violation = captureViolation(() =>
      createCloudEvent(OrganisationRegisteredV1, {
        subject: '',
        source: '/coordination/directory',
        traceparent: 'abc',
        data,
      }),
    );
    expect(violation.code).toBe('EVENT.ENVELOPE_INVALID');
    expect(violation.validationError.issues.map((issue) => issue.path)).toEqual(['subject', 'traceparent']);
  });
});
