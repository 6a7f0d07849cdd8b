import { ActivityReportEntity } from './activity-report.entity';
import { CreateActivityReport1764000500004 } from './migrations/1764000500004-create-activity-report';
import { ReportRevisionEntity } from './report-revision.entity';

/** Tables of the reports module, registered by the activities data source. */
export const REPORTS_PERSISTENCE = {
  entities: [ActivityReportEntity, ReportRevisionEntity],
  migrations: [CreateActivityReport1764000500004],
};
