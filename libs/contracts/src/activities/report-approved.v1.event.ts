import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportApprovedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  approvedAt: z.iso.datetime({ offset: true }),
});

export const ReportApprovedV1 = defineEvent({
  type: 'org.coordination.activities.report.approved.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description: 'The sector coordinator approved an activity report: its figures count in published aggregates.',
  schema: reportApprovedV1DataSchema,
});
