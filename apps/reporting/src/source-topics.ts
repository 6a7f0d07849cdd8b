import { TopicNames } from '@coordination/contracts';

/** Every topic the read models are built from; a rebuild replays the same list from the beginning. */
export const REPORTING_SOURCE_TOPICS = [
  TopicNames.directoryOrganisation,
  TopicNames.activitiesReport,
  TopicNames.activitiesTarget,
  TopicNames.needsPin,
];
