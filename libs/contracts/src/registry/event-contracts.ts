import { ImportCompletedV1, ImportFailedV1, ImportProgressedV1, ImportStartedV1 } from '../activities/import-events.v1';
import { PeriodLockedV1 } from '../activities/period-locked.v1.event';
import { PeriodReopenedV1 } from '../activities/period-reopened.v1.event';
import { ReportApprovedV1 } from '../activities/report-approved.v1.event';
import { ReportCreatedV1 } from '../activities/report-created.v1.event';
import { ReportDeletedV1 } from '../activities/report-deleted.v1.event';
import { ReportReturnedV1 } from '../activities/report-returned.v1.event';
import { ReportSubmittedV1 } from '../activities/report-submitted.v1.event';
import { ReportUpdatedV1 } from '../activities/report-updated.v1.event';
import { TargetSetV1 } from '../activities/target-set.v1.event';
import type { EventContract } from '../contract/event-contract';
import { AgreementGrantedV1, AgreementRevokedV1 } from '../directory/agreement-events.v1';
import { OrganisationMergedV1 } from '../directory/organisation-merged.v1.event';
import { OrganisationRegisteredV1 } from '../directory/organisation-registered.v1.event';
import { OrganisationUpdatedV1 } from '../directory/organisation-updated.v1.event';
import { ServiceChangedV1, ServicePublishedV1 } from '../directory/service-events.v1';
import {
  UserOrganisationChangedV1,
  UserRegisteredV1,
  UserRoleGrantedV1,
  UserRoleRevokedV1,
} from '../directory/user-events.v1';
import {
  AssessmentPublishedV1,
  AssessmentRegisteredV1,
  AssessmentSupersededV1,
  AssessmentUpdatedV1,
} from '../needs/assessment-events.v1';
import { AssessmentRecordReceivedV1, AssessmentRecordUpdatedV1 } from '../needs/assessment-record-events.v1';
import {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  SeverityPublishedV1,
} from '../needs/round-events.v1';
import { ConsentRevokedV1 } from '../referrals/consent-events.v1';
import {
  ReferralAcceptedV1,
  ReferralCompletedV1,
  ReferralForwardedV1,
  ReferralOverdueV1,
  ReferralRejectedV1,
  ReferralSentV1,
  ReferralWithdrawnV1,
} from '../referrals/referral-events.v1';
import { CoverageChangedV1 } from '../reporting/coverage-events.v1';
import { GapAlertRaisedV1, GapAlertResolvedV1 } from '../reporting/gap-alert-events.v1';

/** Every event type the platform publishes. A new contract is only usable once listed here. */
export const EVENT_CONTRACTS: readonly EventContract[] = [
  OrganisationRegisteredV1,
  OrganisationUpdatedV1,
  OrganisationMergedV1,
  UserRegisteredV1,
  UserRoleGrantedV1,
  UserRoleRevokedV1,
  UserOrganisationChangedV1,
  ServicePublishedV1,
  ServiceChangedV1,
  AgreementGrantedV1,
  AgreementRevokedV1,
  ReportCreatedV1,
  ReportUpdatedV1,
  ReportSubmittedV1,
  ReportApprovedV1,
  ReportReturnedV1,
  ReportDeletedV1,
  TargetSetV1,
  PeriodLockedV1,
  PeriodReopenedV1,
  ImportStartedV1,
  ImportProgressedV1,
  ImportCompletedV1,
  ImportFailedV1,
  AssessmentRegisteredV1,
  AssessmentUpdatedV1,
  AssessmentPublishedV1,
  AssessmentSupersededV1,
  AssessmentRecordReceivedV1,
  AssessmentRecordUpdatedV1,
  PeopleInNeedPublishedV1,
  SeverityPublishedV1,
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  ReferralSentV1,
  ReferralAcceptedV1,
  ReferralRejectedV1,
  ReferralWithdrawnV1,
  ReferralForwardedV1,
  ReferralCompletedV1,
  ReferralOverdueV1,
  ConsentRevokedV1,
  GapAlertRaisedV1,
  GapAlertResolvedV1,
  CoverageChangedV1,
];

function indexByType(contracts: readonly EventContract[]): ReadonlyMap<string, EventContract> {
  const byType = new Map<string, EventContract>();
  for (const contract of contracts) {
    // Two contracts for one type would make validation depend on list order.
    if (byType.has(contract.type)) {
      throw new Error(`Event type ${contract.type} is defined twice in EVENT_CONTRACTS`);
    }
    byType.set(contract.type, contract);
  }
  return byType;
}

const contractsByType = indexByType(EVENT_CONTRACTS);

export function findEventContract(type: string): EventContract | undefined {
  return contractsByType.get(type);
}
