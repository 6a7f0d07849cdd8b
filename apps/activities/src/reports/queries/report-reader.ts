import { Injectable } from '@nestjs/common';
import { DataSource, MoreThan } from 'typeorm';
import { AuthErrorCode, authError, type Viewer } from '@coordination/auth';
import { ActivityReportEntity } from '../activity-report.entity';
import { mayReadReport, readsReportRows } from '../report-access';
import { ReportRevisionEntity } from '../report-revision.entity';
import { ReportErrors } from '../report.errors';

/** Single reports and their history, for whoever may see them; "not found" for everybody else. */
@Injectable()
export class ReportReader {
  constructor(private readonly dataSource: DataSource) {}

  async visibleReport(id: string, viewer: Viewer): Promise<ActivityReportEntity> {
    const report = await this.visibleRow(id, viewer);
    if (report.deletedAt) throw ReportErrors.notFound(id, 'id');
    return report;
  }

  /** Every change, oldest first, a page at a time; a deleted draft keeps its history. */
  async history(
    id: string,
    viewer: Viewer,
    page: { size: number; afterRevision: number } = { size: 1_000, afterRevision: 0 },
  ): Promise<ReportRevisionEntity[]> {
    await this.visibleRow(id, viewer);
    return this.dataSource.manager.find(ReportRevisionEntity, {
      where: { reportId: id, revision: MoreThan(page.afterRevision) },
      order: { revision: 'ASC' },
      take: page.size,
    });
  }

  revisionCount(id: string): Promise<number> {
    return this.dataSource.manager.countBy(ReportRevisionEntity, { reportId: id });
  }

  private async visibleRow(id: string, viewer: Viewer): Promise<ActivityReportEntity> {
    assertReadsRows(viewer);
    const report = await this.dataSource.manager.findOneBy(ActivityReportEntity, { id });
    if (!report || !mayReadReport(viewer, report)) throw ReportErrors.notFound(id, 'id');
    return report;
  }
}

/** Government viewers and integrators get aggregates only, never report rows. */
export function assertReadsRows(viewer: Viewer): void {
  if (!readsReportRows(viewer)) {
    throw authError(AuthErrorCode.Forbidden, 'Not allowed: this role reads aggregated figures only');
  }
}
