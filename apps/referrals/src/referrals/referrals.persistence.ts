import { CreateReferral1766000000400 } from './migrations/1766000000400-create-referral';
import { SealReferralNotes1766000000600 } from './migrations/1766000000600-seal-referral-notes';
import { ReferralTransitionEntity } from './referral-transition.entity';
import { ReferralEntity } from './referral.entity';

export const REFERRALS_PERSISTENCE = {
  entities: [ReferralEntity, ReferralTransitionEntity],
  migrations: [CreateReferral1766000000400, SealReferralNotes1766000000600],
};
