import { viewerWith } from '@coordination/testing';
import { decidePersonalDataRead } from './personal-data-rule';

const ORGANISATION = '5b1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f';
const REFERRAL = '3f1c2a3e-8b4d-4c5e-9f60-7a8b9c0d1e2f';

describe('decidePersonalDataRead', () => {
  const owner = { owner: true, openReferralUnderConsentId: null };
  const receiver = { owner: false, openReferralUnderConsentId: REFERRAL };
  const stranger = { owner: false, openReferralUnderConsentId: null };

  it('lets case workers of the holding organisation read, without a referral', () => {
    expect(decidePersonalDataRead(viewerWith('PARTNER_REPORTER', ORGANISATION), owner)).toMatchObject({
      allowed: true,
      referralId: null,
    });
  });

  it('lets case workers of a receiving organisation read under the open referral', () => {
    expect(decidePersonalDataRead(viewerWith('PARTNER_ADMIN', ORGANISATION), receiver)).toMatchObject({
      allowed: true,
      referralId: REFERRAL,
    });
  });

  it('refuses other organisations and every non-case-worker role, platform admins included', () => {
    expect(decidePersonalDataRead(viewerWith('PARTNER_REPORTER', ORGANISATION), stranger).allowed).toBe(false);
    for (const role of ['PLATFORM_ADMIN', 'SECTOR_COORDINATOR', 'GOVERNMENT_VIEWER', 'INTEGRATOR'] as const) {
      expect(decidePersonalDataRead(viewerWith(role, ORGANISATION), owner).allowed).toBe(false);
    }
    expect(decidePersonalDataRead(viewerWith('PARTNER_REPORTER', null), owner).allowed).toBe(false);
  });
});
