import type { z } from 'zod';
import { EVENT_CONTRACTS } from '../registry/event-contracts';
import { TopicNames } from '../topics/topic-names';
import { TOPICS } from '../topics/topics';
import { validateCloudEventForTopic } from '../validation/validate-cloud-event-for-topic';
import { ConsentRevokedV1 } from './consent-events.v1';
import { ReferralRejectedV1, ReferralSentV1 } from './referral-events.v1';

const AT = '2026-03-02T15:00:00.000Z';
const REFERRAL = '3f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f';

const referrals = EVENT_CONTRACTS.filter((contract) => contract.type.startsWith('org.coordination.referrals.'));

/** Field names under which personal data could travel; none may exist at any depth of any referral event. */
const PERSONAL_FIELD_WORDS = [
  'name',
  'given',
  'family',
  'birth',
  'sex',
  'gender',
  'nationality',
  'document',
  'phone',
  'email',
  'address',
  'language',
  'need',
  'household',
  'note',
  'feedback',
  'comment',
  'description',
  'personal',
];

/** Every field name a schema declares, nested objects and arrays of objects included. */
function fieldNames(schema: z.ZodType): string[] {
  const definition = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType> } }).def;
  const inner = schema as unknown as { unwrap?: () => z.ZodType; element?: z.ZodType };
  if (definition.type === 'object' && definition.shape) {
    return Object.entries(definition.shape).flatMap(([key, value]) => [key, ...fieldNames(value)]);
  }
  if (definition.type === 'array' && inner.element) return fieldNames(inner.element);
  if ((definition.type === 'nullable' || definition.type === 'optional') && inner.unwrap) {
    return fieldNames(inner.unwrap());
  }
  return [];
}

function envelope(type: string, data: Record<string, unknown>) {
  return {
    specversion: '1.0',
    id: '6f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
    source: '/coordination/referrals',
    type,
    subject: REFERRAL,
    time: AT,
    datacontenttype: 'application/json',
    data,
  };
}

const facts = {
  referralId: REFERRAL,
  caseId: '4a1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
  sendingOrganisationId: '5b1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
  receivingOrganisationId: '6c1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
  serviceId: null,
  sector: 'PRO',
  subSector: 'GBV',
  priority: 'URGENT',
  placePcode: 'PE1501',
  forwardedFromReferralId: null,
  sentAt: AT,
  dueAt: '2026-03-05T15:00:00.000Z',
};

describe('referral event contracts', () => {
  it('registers the referral lifecycle and consent revocation on the referrals topics', () => {
    expect(referrals.map((contract) => contract.type).sort()).toEqual([
      'org.coordination.referrals.consent.revoked.v1',
      'org.coordination.referrals.referral.accepted.v1',
      'org.coordination.referrals.referral.completed.v1',
      'org.coordination.referrals.referral.forwarded.v1',
      'org.coordination.referrals.referral.overdue.v1',
      'org.coordination.referrals.referral.rejected.v1',
      'org.coordination.referrals.referral.sent.v1',
      'org.coordination.referrals.referral.withdrawn.v1',
    ]);
    const producedBy = new Map(TOPICS.map((topic) => [topic.name, topic.producer]));
    expect(referrals.every((contract) => producedBy.get(contract.topic) === 'referrals')).toBe(true);
  });

  it.each(referrals.map((contract) => [contract.type, contract] as const))(
    '%s declares no field that could carry personal data',
    (_type, contract) => {
      const names = fieldNames(contract.schema).map((name) => name.toLowerCase());
      expect(names.length).toBeGreaterThan(3);
      const personal = names.filter(
        (name) => PERSONAL_FIELD_WORDS.some((word) => name.includes(word)) && !name.endsWith('organisationid'),
      );
      expect(personal).toEqual([]);
    },
  );

  it.each(referrals.map((contract) => [contract.type, contract] as const))(
    '%s is strict: an unknown field is refused, not dropped',
    (_type, contract) => {
      const definition = (contract.schema as unknown as { def: { catchall?: { def: { type: string } } } }).def;
      expect(definition.catchall?.def.type).toBe('never');
    },
  );

  it('accepts a complete referral sent and refuses one carrying a name', () => {
    expect(validateCloudEventForTopic(envelope(ReferralSentV1.type, facts), TopicNames.referralsReferral).ok).toBe(
      true,
    );
    const withName = validateCloudEventForTopic(
      envelope(ReferralSentV1.type, { ...facts, givenNames: 'María José' }),
      TopicNames.referralsReferral,
    );
    expect(withName.ok || withName.error.code).toBe('EVENT.DATA_INVALID');
  });

  it('takes a rejection reason as a code only', () => {
    const rejected = (reason: string) =>
      validateCloudEventForTopic(
        envelope(ReferralRejectedV1.type, { ...facts, respondedAt: AT, reason }),
        TopicNames.referralsReferral,
      ).ok;
    expect(rejected('NO_CAPACITY')).toBe(true);
    expect(rejected('La señora Pérez no contesta al 987654321')).toBe(false);
  });

  it('lists the holders that must purge on a consent revocation', () => {
    const data = {
      consentId: '7d1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f',
      caseId: facts.caseId,
      owningOrganisationId: facts.sendingOrganisationId,
      holderOrganisationIds: [facts.receivingOrganisationId],
      referralIds: [REFERRAL],
      revokedAt: AT,
    };
    expect(validateCloudEventForTopic(envelope(ConsentRevokedV1.type, data), TopicNames.referralsConsent).ok).toBe(
      true,
    );
    expect(validateCloudEventForTopic(envelope(ConsentRevokedV1.type, data), TopicNames.referralsReferral).ok).toBe(
      false,
    );
  });
});
