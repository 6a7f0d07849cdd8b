import { CaseSearchTermEntity } from './case-search-term.entity';
import { CreateReferralCase1766000000200 } from './migrations/1766000000200-create-referral-case';
import { ReferralCaseEntity } from './referral-case.entity';

export const CASES_PERSISTENCE = {
  entities: [ReferralCaseEntity, CaseSearchTermEntity],
  migrations: [CreateReferralCase1766000000200],
};
