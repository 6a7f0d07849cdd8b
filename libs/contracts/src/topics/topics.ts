import { type TopicDefinition, UNLIMITED_RETENTION_MS } from './topic-definition';
import { TopicNames } from './topic-names';

/** Every business topic of the platform. Dead-letter topics are derived, see dead-letter-topics.ts. */
export const TOPICS: readonly TopicDefinition[] = [
  {
    name: TopicNames.directoryOrganisation,
    // Keyed by organisation id, so 6 partitions give consumers parallelism while each
    // organisation's events stay in order.
    partitions: 6,
    // Kept forever because reporting rebuilds its read models by replaying from the start.
    retentionMs: UNLIMITED_RETENTION_MS,
    // Not compacted: replays need every event, not only the latest per organisation.
    cleanupPolicy: 'delete',
    description: 'Lifecycle events of organisations in the coordination directory.',
    producer: 'directory',
  },
  {
    name: TopicNames.directoryUser,
    // Keyed by user id; little traffic, a few partitions are plenty.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Users joining organisations and roles granted or revoked. No names or e-mail addresses.',
    producer: 'directory',
  },
  {
    name: TopicNames.directoryService,
    // Keyed by service id (HSDS service directory).
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Services offered by organisations (Open Referral HSDS), published or changed.',
    producer: 'directory',
  },
  {
    name: TopicNames.directoryAgreement,
    // Keyed by agreement id; the gateway reads it to cut integrators whose agreement ends.
    partitions: 1,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Data-sharing agreements of integrator clients, granted or revoked.',
    producer: 'directory',
  },
  {
    name: TopicNames.activitiesReport,
    // Keyed by report id: a report's events stay in order, and the monthly reporting peak (dozens of
    // partners, hundreds of rows each) spreads over 6 partitions for reporting's consumers.
    partitions: 6,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Partner activity reports (4W/5W rows): drafted, edited, submitted, approved, returned, deleted.',
    producer: 'activities',
  },
  {
    name: TopicNames.activitiesTarget,
    // Keyed by target id; targets are set a few times a year.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Partner targets per indicator, place and plan year, set or replaced.',
    producer: 'activities',
  },
  {
    name: TopicNames.activitiesPeriod,
    // Keyed by month; a handful of events a year, and one partition keeps them in the order they happened.
    partitions: 1,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Reporting months locked by the platform admins and reopened for corrections.',
    producer: 'activities',
  },
  {
    name: TopicNames.activitiesImport,
    // Keyed by import job id; a job's events stay in order, and a few partitions are plenty for jobs.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Bulk imports of activity reports: started, progressed, completed or failed (no file content).',
    producer: 'activities',
  },
  {
    name: TopicNames.needsAssessment,
    // Keyed by assessment id; a few dozen assessments a year.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'The assessment registry: assessments registered, updated and published.',
    producer: 'needs',
  },
  {
    name: TopicNames.needsPin,
    // Keyed by round id: a round's thousand-odd figure events stay in order behind its closing event.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Needs-analysis rounds: people in need per cell, severity, round published and superseded.',
    producer: 'needs',
  },
  {
    name: TopicNames.referralsReferral,
    // Keyed by referral id: a referral's transitions stay in order; a few hundred referrals a day.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description:
      'Referrals between organisations: sent, accepted, rejected, withdrawn, forwarded, completed, overdue. Pseudonymous case ids only, never personal data.',
    producer: 'referrals',
  },
  {
    name: TopicNames.referralsConsent,
    // Keyed by consent id; revocations are rare.
    partitions: 1,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Consents revoked: instructions to every holder to purge the personal data shared under them.',
    producer: 'referrals',
  },
  {
    name: TopicNames.reportingGap,
    // Keyed by alert id; a handful of alerts per sector and department.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Coverage gap alerts of the reporting service, raised and resolved (aggregates only).',
    producer: 'reporting',
  },
  {
    name: TopicNames.reportingCoverage,
    // Keyed by sector; notices only (which cell changed, no figures), so a few partitions are plenty.
    // Kept like every topic, though nobody needs to replay them: they are small.
    partitions: 3,
    retentionMs: UNLIMITED_RETENTION_MS,
    cleanupPolicy: 'delete',
    description: 'Coverage of a sector at a place changed in the reporting read model (no figures, no people).',
    producer: 'reporting',
  },
];
