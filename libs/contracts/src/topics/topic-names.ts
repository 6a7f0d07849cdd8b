/**
 * The single place where Kafka topic names are spelled out. Everything else (topic definitions,
 * event contracts, consumers) refers to these constants so a rename cannot miss a usage.
 */
export const TopicNames = {
  directoryOrganisation: 'directory.organisation',
  directoryUser: 'directory.user',
  directoryService: 'directory.service',
  directoryAgreement: 'directory.agreement',
  activitiesReport: 'activities.report',
  activitiesTarget: 'activities.target',
  activitiesPeriod: 'activities.period',
  activitiesImport: 'activities.import',
  needsAssessment: 'needs.assessment',
  needsPin: 'needs.pin',
  referralsReferral: 'referrals.referral',
  referralsConsent: 'referrals.consent',
  reportingGap: 'reporting.gap',
  reportingCoverage: 'reporting.coverage',
} as const;

export type TopicName = (typeof TopicNames)[keyof typeof TopicNames];
