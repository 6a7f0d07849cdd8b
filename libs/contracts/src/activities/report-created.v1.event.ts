import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportCreatedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  createdAt: z.iso.datetime({ offset: true }),
});

export const ReportCreatedV1 = defineEvent({
  type: 'org.coordination.activities.report.created.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description: 'A partner drafted an activity report (one row of its 5W); carries the whole report.',
  schema: reportCreatedV1DataSchema,
});
