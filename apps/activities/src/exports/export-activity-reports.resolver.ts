import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import type { TableWriteFormat } from '@coordination/tabular';
import {
  ActivityReportFilterInput,
  activityReportFilterSchema,
} from '../reports/queries/list-reports/activity-report-filter.input';
import { ExportActivityReportsQuery } from './export-activity-reports.query';
import { ActivityReportExportModel, ExportFileFormatEnum } from './export-file.model';

@Resolver(() => ActivityReportExportModel)
export class ExportActivityReportsResolver {
  constructor(private readonly exportQuery: ExportActivityReportsQuery) {}

  @Query(() => ActivityReportExportModel, {
    description:
      'The reports activityReports shows the caller, as a file in the importer’s columns (at most 200,000 rows; ' +
      'EXPORT.TOO_LARGE beyond).',
  })
  @Authenticated()
  async exportActivityReports(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => ActivityReportFilterInput, nullable: true }) filter: ActivityReportFilterInput | null,
    @Args('format', { type: () => ExportFileFormatEnum }) format: TableWriteFormat,
  ): Promise<ActivityReportExportModel> {
    const criteria = parseInput(activityReportFilterSchema, filter ?? {}, 'filter');
    const file = await this.exportQuery.execute(viewer, criteria, format);
    return { fileName: file.fileName, contentBase64: file.content.toString('base64'), rowCount: file.rowCount };
  }
}
