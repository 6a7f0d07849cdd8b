import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportSubmittedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  submittedAt: z.iso.datetime({ offset: true }),
});

export const ReportSubmittedV1 = defineEvent({
  type: 'org.coordination.activities.report.submitted.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description: 'A partner submitted an activity report to its sector coordinator for review.',
  schema: reportSubmittedV1DataSchema,
});
