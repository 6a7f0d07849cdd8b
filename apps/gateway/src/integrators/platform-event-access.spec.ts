import { randomUUID } from 'node:crypto';
import type { Viewer } from '@coordination/auth';
import { AgreementGrantedV1, AgreementRevokedV1, createCloudEvent, type CloudEvent } from '@coordination/contracts';
import { AgreementRegistry } from './agreement-registry';
import { deliverable, grantPlatformEvents } from './platform-event-access';

const REGISTERED = 'org.coordination.directory.organisation.registered.v1';
const UPDATED = 'org.coordination.directory.organisation.updated.v1';
const ROLE_GRANTED = 'org.coordination.directory.user.role-granted.v1';

function granted(agreementId: string, validTo = new Date(Date.now() + 3_600_000)): CloudEvent {
  return createCloudEvent(AgreementGrantedV1, {
    subject: agreementId,
    source: '/tests',
    data: {
      agreementId,
      integratorClientId: 'kobo',
      organisationId: randomUUID(),
      eventTypes: [REGISTERED, UPDATED],
      allowedFields: { [REGISTERED]: ['organisationId', 'name'] },
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validTo: validTo.toISOString(),
      grantedAt: new Date().toISOString(),
    },
  });
}

function revoked(agreementId: string): CloudEvent {
  return createCloudEvent(AgreementRevokedV1, {
    subject: agreementId,
    source: '/tests',
    data: { agreementId, integratorClientId: 'kobo', revokedAt: new Date().toISOString() },
  });
}

const integrator = (agreementId: string): Viewer => ({
  userId: 'kobo',
  organisationId: randomUUID(),
  roles: ['INTEGRATOR'],
  grants: [{ role: 'INTEGRATOR', sector: null, region: null }],
  agreementId,
});

function codeOf(action: () => unknown): unknown {
  try {
    action();
    return undefined;
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
}

describe('grantPlatformEvents', () => {
  const agreementId = randomUUID();
  const registry = new AgreementRegistry();
  registry.apply(granted(agreementId));

  it('gives an integrator the agreed types, restricted to the agreed fields', () => {
    const grant = grantPlatformEvents(integrator(agreementId), registry, [REGISTERED, UPDATED], null);
    expect([...grant.types]).toEqual([REGISTERED, UPDATED]);
    expect(grant.fieldsByType.get(REGISTERED)).toEqual(['organisationId', 'name']);
    expect(grant.fieldsByType.has(UPDATED)).toBe(false);
    expect(grant.agreementId).toBe(agreementId);
  });

  it.each([
    ['a type outside the agreement', [ROLE_GRANTED], null, 'INTEGRATOR.EVENT_TYPE_NOT_ALLOWED'],
    ['a field outside the agreed fields', [REGISTERED], ['acronym'], 'INTEGRATOR.FIELD_NOT_ALLOWED'],
    ['an unknown event type', ['org.coordination.nothing.v1'], null, 'EVENT.UNKNOWN_TYPE'],
  ])('refuses %s', (_case, types, fields, code) => {
    expect(codeOf(() => grantPlatformEvents(integrator(agreementId), registry, types, fields))).toBe(code);
  });

  it('refuses anonymous callers, other roles, and agreements it does not know, has seen revoked or expired', () => {
    expect(codeOf(() => grantPlatformEvents(null, registry, [REGISTERED], null))).toBe('AUTH.UNAUTHENTICATED');
    const reporter: Viewer = { userId: 'u', organisationId: null, roles: ['PARTNER_REPORTER'], grants: [] };
    expect(codeOf(() => grantPlatformEvents(reporter, registry, [REGISTERED], null))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => grantPlatformEvents(integrator(randomUUID()), registry, [REGISTERED], null))).toBe(
      'INTEGRATOR.AGREEMENT_NOT_ACTIVE',
    );
    const expired = randomUUID();
    registry.apply(granted(expired, new Date(Date.now() - 1_000)));
    expect(codeOf(() => grantPlatformEvents(integrator(expired), registry, [REGISTERED], null))).toBe(
      'INTEGRATOR.AGREEMENT_NOT_ACTIVE',
    );
    const later = new AgreementRegistry();
    const ended = randomUUID();
    later.apply(revoked(ended));
    later.apply(granted(ended));
    expect(later.status(ended)).toBe('revoked');
  });

  it('lets platform admins ask for any type and narrow the fields', () => {
    const admin: Viewer = { userId: 'a', organisationId: null, roles: ['PLATFORM_ADMIN'], grants: [] };
    const grant = grantPlatformEvents(admin, registry, [ROLE_GRANTED], ['role']);
    expect(grant.fieldsByType.get(ROLE_GRANTED)).toEqual(['role']);
    expect(grant.agreementId).toBeUndefined();
  });

  it('delivers only covered types and only the granted fields of their data', () => {
    const grant = grantPlatformEvents(integrator(agreementId), registry, [REGISTERED], null);
    const event = {
      ...granted(randomUUID()),
      type: REGISTERED,
      data: { organisationId: 'x', name: 'N', acronym: 'A' },
    };
    expect(deliverable(event as CloudEvent, grant)?.data).toEqual({ organisationId: 'x', name: 'N' });
    expect(deliverable({ ...event, type: UPDATED } as CloudEvent, grant)).toBeUndefined();
  });

  it('tells revocation listeners', () => {
    const heard: string[] = [];
    const stop = registry.onRevoked((id) => heard.push(id));
    registry.apply(revoked(agreementId));
    stop();
    expect(heard).toEqual([agreementId]);
    expect(registry.status(agreementId)).toBe('revoked');
  });
});
