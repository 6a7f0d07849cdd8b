import { CreateReportingPeriod1764000500003 } from './migrations/1764000500003-create-reporting-period';
import { ReportingPeriodChangeEntity } from './reporting-period-change.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';

/** Tables of the reporting-periods module, registered by the activities data source. */
export const REPORTING_PERIODS_PERSISTENCE = {
  entities: [ReportingPeriodEntity, ReportingPeriodChangeEntity],
  migrations: [CreateReportingPeriod1764000500003],
};
