import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { TopicNames } from '../topics/topic-names';
import { activityReportSnapshotFields } from './activity-report-snapshot.schema';

export const reportUpdatedV1DataSchema = z.object({
  ...activityReportSnapshotFields,
  updatedAt: z.iso.datetime({ offset: true }),
  /** Names of the report fields that changed, e.g. quantity, cells. */
  changedFields: z.array(z.string().min(1).max(60)).max(40),
});

export const ReportUpdatedV1 = defineEvent({
  type: 'org.coordination.activities.report.updated.v1',
  topic: TopicNames.activitiesReport,
  aggregate: 'report',
  version: 1,
  description: 'A draft or returned activity report was edited; carries the whole report after the change.',
  schema: reportUpdatedV1DataSchema,
});
