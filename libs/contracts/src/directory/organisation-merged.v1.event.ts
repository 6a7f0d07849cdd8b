import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';

export const organisationMergedV1DataSchema = z.object({
  /** The duplicate, which no longer exists on its own; the event's subject. */
  mergedOrganisationId: z.uuid(),
  /** The record that absorbed it: its aliases now include the duplicate's names. */
  survivingOrganisationId: z.uuid(),
  mergedAt: z.iso.datetime({ offset: true }),
});

export type OrganisationMergedV1Data = z.output<typeof organisationMergedV1DataSchema>;

export const OrganisationMergedV1 = defineEvent({
  type: 'org.coordination.directory.organisation.merged.v1',
  topic: TopicNames.directoryOrganisation,
  aggregate: 'organisation',
  version: 1,
  description:
    'A duplicate organisation was merged into another. Consumers repoint records of the merged id to the surviving id.',
  schema: organisationMergedV1DataSchema,
});
