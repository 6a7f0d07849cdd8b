import { randomUUID } from 'node:crypto';
import { ReferralAcceptedV1, ReferralSentV1, createCloudEvent } from '@coordination/contracts';
import { referralActivityFor } from './referral-activity';

const SENDER = randomUUID();
const RECEIVER = randomUUID();
const facts = {
  referralId: randomUUID(),
  caseId: randomUUID(),
  sendingOrganisationId: SENDER,
  receivingOrganisationId: RECEIVER,
  serviceId: null,
  sector: 'PRO',
  subSector: 'GBV',
  priority: 'URGENT' as const,
  placePcode: 'PE150101',
  forwardedFromReferralId: null,
  sentAt: '2026-03-02T14:00:00.000Z',
  dueAt: '2026-03-05T14:00:00.000Z',
};
const sent = createCloudEvent(ReferralSentV1, {
  subject: facts.referralId,
  source: '/coordination/referrals',
  data: facts,
});
const viewer = (organisationId: string | null) => ({
  userId: 'u',
  organisationId,
  roles: ['PARTNER_REPORTER' as const],
  grants: [],
});

describe('referral steps a subscriber is told about', () => {
  it('tells the sending and the receiving organisation, with the step named', () => {
    expect(referralActivityFor(sent, viewer(SENDER))).toMatchObject({ step: 'sent', referralId: facts.referralId });
    const accepted = createCloudEvent(ReferralAcceptedV1, {
      subject: facts.referralId,
      source: '/coordination/referrals',
      data: { ...facts, respondedAt: '2026-03-02T15:00:00.000Z' },
    });
    expect(referralActivityFor(accepted, viewer(RECEIVER))).toMatchObject({ step: 'accepted', priority: 'URGENT' });
  });

  it('tells nobody else, and nothing of other topics', () => {
    expect(referralActivityFor(sent, viewer(randomUUID()))).toBeUndefined();
    expect(referralActivityFor(sent, viewer(null))).toBeUndefined();
    expect(
      referralActivityFor({ ...sent, type: 'org.coordination.reporting.coverage.changed.v1' }, viewer(SENDER)),
    ).toBeUndefined();
  });
});
