import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportReturnedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  returnedAt: z.iso.datetime({ offset: true }),
});

export const ReportReturnedV1 = defineEvent({
  type: 'org.coordination.activities.report.returned.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description:
    'The sector coordinator returned an activity report to the partner for a fix. The comment stays in the activities service.',
  schema: reportReturnedV1DataSchema,
});
