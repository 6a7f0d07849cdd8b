import { Module } from '@nestjs/common';
import { ExportActivityReportsQuery } from './export-activity-reports.query';
import { ExportActivityReportsResolver } from './export-activity-reports.resolver';

/** Activity reports as CSV, XLSX or HXL files in the importer's columns. */
@Module({
  providers: [ExportActivityReportsQuery, ExportActivityReportsResolver],
  exports: [ExportActivityReportsQuery],
})
export class ExportsModule {}
