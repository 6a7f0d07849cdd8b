import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import {
  PageArgs,
  checkedPageSize,
  decodeCursor,
  encodeCursor,
  invalidInput,
  parseInput,
  type Connection,
} from '@coordination/graphql';
import { clientReportIdSchema } from './commands/create-report/create-activity-report.input';
import { ActivityReportConnection, ActivityReportModel } from './model/activity-report.model';
import { ReportRevisionConnection, type ReportRevisionModel } from './model/report-revision.model';
import { ReportViews, toRevisionModel } from './model/report-views';
import {
  ActivityReportFilterInput,
  activityReportFilterSchema,
} from './queries/list-reports/activity-report-filter.input';
import { decodeReportCursor, encodeReportCursor } from './queries/list-reports/report-cursor';
import { ReportSearch } from './queries/list-reports/report-search';
import { ReportReader, assertReadsRows } from './queries/report-reader';
import { ReportErrors } from './report.errors';

/** Ids that cannot be a report's are answered like unknown ones. */
function reportIdOf(id: string): string {
  const parsed = clientReportIdSchema.safeParse(id);
  if (!parsed.success) throw ReportErrors.notFound(id, 'id');
  return parsed.data;
}

function decodeRevisionCursor(cursor: string): number {
  const revision = Number(decodeCursor(cursor));
  if (!Number.isInteger(revision) || revision < 0) {
    throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
  }
  return revision;
}

@Resolver(() => ActivityReportModel)
export class ActivityReportsResolver {
  constructor(
    private readonly search: ReportSearch,
    private readonly reader: ReportReader,
    private readonly views: ReportViews,
  ) {}

  @Query(() => ActivityReportConnection, {
    description:
      'Reports the caller may see: partners their own organisation’s, coordinators the submitted ones of their ' +
      'sector (and region), platform admins all. Newest month first.',
  })
  @Authenticated()
  async activityReports(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => ActivityReportFilterInput, nullable: true }) filter: ActivityReportFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<ActivityReportModel>> {
    assertReadsRows(viewer);
    const criteria = parseInput(activityReportFilterSchema, filter ?? {}, 'filter');
    const size = checkedPageSize(page);
    const after = page.after ? decodeReportCursor(page.after) : null;
    const { reports, totalCount } = await this.search.find(viewer, criteria, { size: size + 1, after });
    const nodes = await this.views.many(reports.slice(0, size));
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: reports.length > size, endCursor: last ? encodeReportCursor(last) : null },
    };
  }

  @Query(() => ActivityReportModel, { description: 'REPORT.NOT_FOUND unless the caller may see the report.' })
  @Authenticated()
  async activityReport(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActivityReportModel> {
    return this.views.one(await this.reader.visibleReport(reportIdOf(id), viewer));
  }

  @Query(() => ReportRevisionConnection, { description: 'Every change to a report, oldest first.' })
  @Authenticated()
  async reportHistory(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<ReportRevisionModel>> {
    const reportId = reportIdOf(id);
    const size = checkedPageSize(page);
    const afterRevision = page.after ? decodeRevisionCursor(page.after) : 0;
    const revisions = await this.reader.history(reportId, viewer, { size: size + 1, afterRevision });
    const nodes = revisions.slice(0, size).map(toRevisionModel);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: await this.reader.revisionCount(reportId),
      pageInfo: { hasNextPage: revisions.length > size, endCursor: last ? encodeCursor(String(last.revision)) : null },
    };
  }
}
