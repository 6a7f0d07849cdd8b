import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ActivityReportEntity } from '../../activity-report.entity';
import { visibleReportsCondition } from '../../report-access';
import type { ActivityReportCriteria } from './activity-report-filter.input';
import type { ReportPosition } from './report-cursor';

export interface ReportPage {
  reports: ActivityReportEntity[];
  totalCount: number;
}

/** The reports the viewer may see that match the criteria, newest month first, a page at a time. */
@Injectable()
export class ReportSearch {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    viewer: Viewer,
    criteria: ActivityReportCriteria,
    page: { size: number; after: ReportPosition | null },
  ): Promise<ReportPage> {
    const visible = visibleReportsCondition(viewer, 'report');
    if (!visible) return { reports: [], totalCount: 0 };
    const query = this.dataSource.manager
      .createQueryBuilder(ActivityReportEntity, 'report')
      .where('report.deleted_at IS NULL')
      .andWhere(visible.sql, visible.params);
    applyCriteria(query, criteria);
    const totalCount = await query.clone().getCount();
    if (page.after) {
      query.andWhere('(report.month < :afterMonth OR (report.month = :afterMonth AND report.id > :afterId))', {
        afterMonth: page.after.month,
        afterId: page.after.id,
      });
    }
    const reports = await query
      .orderBy('report.month', 'DESC')
      .addOrderBy('report.id', 'ASC')
      .take(page.size)
      .getMany();
    return { reports, totalCount };
  }
}

export function applyCriteria(query: SelectQueryBuilder<ActivityReportEntity>, criteria: ActivityReportCriteria): void {
  if (criteria.sector) query.andWhere('report.sector = :sector', { sector: criteria.sector });
  if (criteria.indicatorCode)
    query.andWhere('report.indicator_code = :indicator', { indicator: criteria.indicatorCode });
  if (criteria.organisationId) {
    query.andWhere(
      '(report.reporting_organisation_id = :organisation OR report.implementing_organisation_id = :organisation)',
      { organisation: criteria.organisationId },
    );
  }
  // P-codes nest by prefix: PE15 holds PE1501, which holds PE150101.
  if (criteria.pcode) query.andWhere('report.pcode LIKE :pcodePrefix', { pcodePrefix: `${criteria.pcode}%` });
  if (criteria.monthFrom) query.andWhere('report.month >= :monthFrom', { monthFrom: criteria.monthFrom });
  if (criteria.monthTo) query.andWhere('report.month <= :monthTo', { monthTo: criteria.monthTo });
  if (criteria.status) query.andWhere('report.status = :status', { status: criteria.status });
  if (criteria.populationGroup) {
    query.andWhere('report.population_group = :populationGroup', { populationGroup: criteria.populationGroup });
  }
}
