import type { EntityManager } from 'typeorm';
import type { ReferralStatus } from '@coordination/contracts';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';
import { ALLOWED_TRANSITIONS } from './referral-transitions';
import { ReferralEntity } from './referral.entity';

export type ReferralSide = 'receiver' | 'sender';

/**
 * The referral to move, locked for the transaction, once the caller's organisation is on the right
 * side of it and the lifecycle allows the move. Refusals name the rule broken.
 */
export async function loadForTransition(
  manager: EntityManager,
  referralId: string,
  organisationId: string,
  side: ReferralSide,
  to: ReferralStatus,
): Promise<ReferralEntity> {
  const referral = await manager.findOne(ReferralEntity, {
    where: { id: referralId },
    lock: { mode: 'pessimistic_write' },
  });
  const involved =
    referral &&
    (referral.sendingOrganisationId === organisationId || referral.receivingOrganisationId === organisationId);
  // A referral between other organisations does not exist for the caller.
  if (!referral || !involved) {
    throw referralsError(ReferralsErrorCode.ReferralNotFound, `No referral ${referralId}`, 'input.referralId');
  }
  if (side === 'receiver' && referral.receivingOrganisationId !== organisationId) {
    throw referralsError(
      ReferralsErrorCode.NotReceiver,
      'Only the receiving organisation answers, completes or forwards a referral',
      'input.referralId',
    );
  }
  if (side === 'sender' && referral.sendingOrganisationId !== organisationId) {
    throw referralsError(
      ReferralsErrorCode.NotSender,
      'Only the sending organisation withdraws a referral',
      'input.referralId',
    );
  }
  if (!ALLOWED_TRANSITIONS[referral.status].includes(to)) {
    throw referralsError(
      ReferralsErrorCode.TransitionNotAllowed,
      `A ${referral.status} referral cannot become ${to}`,
      'input.referralId',
    );
  }
  return referral;
}
