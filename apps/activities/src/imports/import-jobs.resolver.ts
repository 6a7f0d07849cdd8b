import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { ImportJobModel, toImportJobModel } from './job/import-job.model';
import { ImportJobReader } from './job/import-job-reader';
import { StartActivityImportInput, startActivityImportSchema } from './start-import/start-activity-import.input';
import { StartActivityImportUseCase } from './start-import/start-activity-import.use-case';

@Resolver(() => ImportJobModel)
export class ImportJobsResolver {
  constructor(
    private readonly startUseCase: StartActivityImportUseCase,
    private readonly reader: ImportJobReader,
  ) {}

  @Mutation(() => ImportJobModel, {
    description:
      'Queues a CSV, XLSX or HXL file of activity reports (one row = one report) and returns its job at once. ' +
      'Follow it with importJob(id) or the importJobProgress subscription. Partners import their own reports.',
  })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN')
  async startActivityImport(
    @Args('input') input: StartActivityImportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ImportJobModel> {
    const command = parseInput(startActivityImportSchema, input);
    return toImportJobModel(await this.startUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Query(() => ImportJobModel, { description: 'IMPORT.JOB_NOT_FOUND unless the job is the caller’s organisation’s.' })
  @Authenticated()
  async importJob(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ImportJobModel> {
    return toImportJobModel(await this.reader.visibleJob(id, viewer));
  }
}
