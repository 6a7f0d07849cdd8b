import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportDeletedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  deletedAt: z.iso.datetime({ offset: true }),
});

export const ReportDeletedV1 = defineEvent({
  type: 'org.coordination.activities.report.deleted.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description: 'A partner deleted a draft activity report; carries the report as it was, so read models can drop it.',
  schema: reportDeletedV1DataSchema,
});
