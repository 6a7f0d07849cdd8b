import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { writeColumnsFor, writeTable, type TableWriteFormat } from '@coordination/tabular';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { ActivityReportEntity } from '../reports/activity-report.entity';
import type { ActivityReportCriteria } from '../reports/queries/list-reports/activity-report-filter.input';
import { applyCriteria } from '../reports/queries/list-reports/report-search';
import { assertReadsRows } from '../reports/queries/report-reader';
import { visibleReportsCondition } from '../reports/report-access';
import { ACTIVITY_TABLE_FIELDS } from '../imports/file-format/activity-table-fields';
import { ImportErrors } from '../imports/import.errors';
import { reportExportRow } from './report-export-rows';

/** Largest export: twice a big monthly import, and what one response can carry as base64. */
export const MAX_EXPORT_ROWS = 200_000;

const EXTENSIONS: Record<TableWriteFormat, string> = { csv: 'csv', xlsx: 'xlsx', 'hxl-csv': 'hxl.csv' };

export interface ActivityReportExport {
  fileName: string;
  content: Buffer;
  rowCount: number;
}

/** The reports `activityReports` would list to the viewer, as one file, oldest month first. */
@Injectable()
export class ExportActivityReportsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async execute(
    viewer: Viewer,
    criteria: ActivityReportCriteria,
    format: TableWriteFormat,
  ): Promise<ActivityReportExport> {
    assertReadsRows(viewer);
    const visible = visibleReportsCondition(viewer, 'report');
    let reports: ActivityReportEntity[] = [];
    if (visible) {
      const query = this.dataSource.manager
        .createQueryBuilder(ActivityReportEntity, 'report')
        .where('report.deleted_at IS NULL')
        .andWhere(visible.sql, visible.params);
      applyCriteria(query, criteria);
      const total = await query.clone().getCount();
      if (total > MAX_EXPORT_ROWS) throw ImportErrors.exportTooLarge(total, MAX_EXPORT_ROWS);
      reports = await query.orderBy('report.month', 'ASC').addOrderBy('report.id', 'ASC').getMany();
    }
    const names = await this.organisationNames();
    const rows = reports.map((report) => reportExportRow(report, (id) => names.get(id) ?? id));
    const content = await writeTable(rows, writeColumnsFor(ACTIVITY_TABLE_FIELDS), format, { hxl: true });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `actividades-5w-${stamp}.${EXTENSIONS[format]}`, content, rowCount: reports.length };
  }

  private async organisationNames(): Promise<Map<string, string>> {
    const rows = await this.dataSource.manager.find(OrganisationReplicaEntity, { select: { id: true, name: true } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
