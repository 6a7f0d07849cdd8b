// Public API of @coordination/contracts. Import from here only; the file layout may change.

export { TopicNames, type TopicName } from './topics/topic-names';
export { UNLIMITED_RETENTION_MS, type TopicCleanupPolicy, type TopicDefinition } from './topics/topic-definition';
export { TOPICS } from './topics/topics';
export { allTopicDefinitions, dlqTopicName } from './topics/dead-letter-topics';

export {
  CLOUD_EVENTS_SPEC_VERSION,
  EVENT_DATA_CONTENT_TYPE,
  cloudEventEnvelopeSchema,
  type CloudEvent,
} from './envelope/cloud-event-envelope.schema';
export { EVENT_TYPE_PATTERN, TRACEPARENT_PATTERN } from './envelope/envelope-patterns';

export type { EventContract, EventData } from './contract/event-contract';
export { defineEvent } from './contract/define-event';

export { ORGANISATION_TYPES, type OrganisationType } from './directory/organisation-type';
export {
  OrganisationRegisteredV1,
  organisationRegisteredV1DataSchema,
  type OrganisationRegisteredV1Data,
} from './directory/organisation-registered.v1.event';

export {
  OrganisationUpdatedV1,
  organisationUpdatedV1DataSchema,
  type OrganisationUpdatedV1Data,
} from './directory/organisation-updated.v1.event';
export {
  OrganisationMergedV1,
  organisationMergedV1DataSchema,
  type OrganisationMergedV1Data,
} from './directory/organisation-merged.v1.event';
export { organisationIdentifierSchema, pcodeSchema } from './directory/organisation-profile.schema';
export { PLATFORM_ROLES, type PlatformRole } from './directory/platform-role';
export {
  UserOrganisationChangedV1,
  UserRegisteredV1,
  UserRoleGrantedV1,
  UserRoleRevokedV1,
  sectorCodeSchema,
} from './directory/user-events.v1';
export { SERVICE_STATUSES, ServiceChangedV1, ServicePublishedV1 } from './directory/service-events.v1';
export { AgreementGrantedV1, AgreementRevokedV1 } from './directory/agreement-events.v1';

export {
  AGGREGATION_METHODS,
  PLACE_LEVELS,
  REPORT_STATUSES,
  type AggregationMethod,
  type PlaceLevel,
  type ReportStatus,
} from './activities/report-status';
export { monthSchema, reportIdSchema } from './activities/activity-schemas';
export {
  activityReportSnapshotSchema,
  type ActivityReportSnapshot,
} from './activities/activity-report-snapshot.schema';
export { ReportCreatedV1 } from './activities/report-created.v1.event';
export { ReportUpdatedV1 } from './activities/report-updated.v1.event';
export { ReportSubmittedV1 } from './activities/report-submitted.v1.event';
export { ReportApprovedV1 } from './activities/report-approved.v1.event';
export { ReportReturnedV1 } from './activities/report-returned.v1.event';
export { ReportDeletedV1 } from './activities/report-deleted.v1.event';
export { TargetSetV1 } from './activities/target-set.v1.event';
export { PeriodLockedV1 } from './activities/period-locked.v1.event';
export { PeriodReopenedV1 } from './activities/period-reopened.v1.event';
export {
  IMPORT_JOB_STATUSES,
  ImportCompletedV1,
  ImportFailedV1,
  ImportProgressedV1,
  ImportStartedV1,
  type ImportJobStatus,
} from './activities/import-events.v1';

export {
  ASSESSMENT_STATUSES,
  ASSESSMENT_TYPES,
  NEEDS_PLACE_LEVELS,
  type AssessmentStatus,
  type AssessmentType,
  type NeedsPlaceLevel,
} from './needs/needs-schemas';
export {
  AssessmentPublishedV1,
  AssessmentRegisteredV1,
  AssessmentSupersededV1,
  AssessmentUpdatedV1,
} from './needs/assessment-events.v1';
export { AssessmentRecordReceivedV1, AssessmentRecordUpdatedV1 } from './needs/assessment-record-events.v1';
export {
  GAP_ALERT_REASONS,
  GapAlertRaisedV1,
  GapAlertResolvedV1,
  type GapAlertReason,
} from './reporting/gap-alert-events.v1';
export { COVERAGE_CHANGE_CAUSES, CoverageChangedV1 } from './reporting/coverage-events.v1';
export {
  NeedsRoundPublishedV1,
  NeedsRoundSupersededV1,
  PeopleInNeedPublishedV1,
  SeverityPublishedV1,
} from './needs/round-events.v1';

export {
  CONSENT_PURPOSES,
  REFERRAL_EVENT_PRIORITIES,
  REFERRAL_OUTCOMES,
  REFERRAL_REJECTION_REASONS,
  REFERRAL_STATUSES,
  type ConsentPurpose,
  type ReferralOutcome,
  type ReferralRejectionReason,
  type ReferralStatus,
} from './referrals/referral-schemas';
export {
  ReferralAcceptedV1,
  ReferralCompletedV1,
  ReferralForwardedV1,
  ReferralOverdueV1,
  ReferralRejectedV1,
  ReferralSentV1,
  ReferralWithdrawnV1,
} from './referrals/referral-events.v1';
export { ConsentRevokedV1 } from './referrals/consent-events.v1';

export { EVENT_CONTRACTS, findEventContract } from './registry/event-contracts';

export {
  EventValidationCodes,
  type EventValidationCode,
  type EventValidationError,
  type EventValidationIssue,
} from './validation/event-validation-error';
export type { EventValidationResult } from './validation/event-validation-result';
export { EventContractViolation } from './validation/event-contract-violation';
export { validateCloudEvent } from './validation/validate-cloud-event';
export { validateCloudEventForTopic } from './validation/validate-cloud-event-for-topic';
export { parseCloudEvent } from './validation/parse-cloud-event';

export { createCloudEvent, type CreateCloudEventInput } from './producing/create-cloud-event';

export type { AsyncApiDocument } from './asyncapi/asyncapi-document';
export { buildAsyncApiDocument } from './asyncapi/build-asyncapi-document';
export { renderAsyncApiYaml } from './asyncapi/render-asyncapi-yaml';
export { ASYNCAPI_FILE_PATH } from './asyncapi/asyncapi-file';
