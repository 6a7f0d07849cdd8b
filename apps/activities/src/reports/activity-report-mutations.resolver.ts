import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import {
  ApproveActivityReportInput,
  approveActivityReportSchema,
} from './commands/approve-report/approve-activity-report.input';
import { ApproveActivityReportUseCase } from './commands/approve-report/approve-activity-report.use-case';
import {
  CreateActivityReportInput,
  createActivityReportSchema,
} from './commands/create-report/create-activity-report.input';
import { CreateActivityReportUseCase } from './commands/create-report/create-activity-report.use-case';
import {
  DeleteActivityReportInput,
  deleteActivityReportSchema,
} from './commands/delete-report/delete-activity-report.input';
import { DeleteActivityReportUseCase } from './commands/delete-report/delete-activity-report.use-case';
import {
  ReturnActivityReportInput,
  returnActivityReportSchema,
} from './commands/return-report/return-activity-report.input';
import { ReturnActivityReportUseCase } from './commands/return-report/return-activity-report.use-case';
import {
  SubmitActivityReportInput,
  submitActivityReportSchema,
} from './commands/submit-report/submit-activity-report.input';
import { SubmitActivityReportUseCase } from './commands/submit-report/submit-activity-report.use-case';
import {
  UpdateActivityReportInput,
  updateActivityReportSchema,
} from './commands/update-report/update-activity-report.input';
import { UpdateActivityReportUseCase } from './commands/update-report/update-activity-report.use-case';
import { ActivityReportModel } from './model/activity-report.model';
import { ReportViews } from './model/report-views';

// Who may do what is decided in the use cases, on the report itself; the roles here only keep
// callers that can never write reports (government viewers, integrators) away early.
@Resolver(() => ActivityReportModel)
export class ActivityReportMutationsResolver {
  constructor(
    private readonly createUseCase: CreateActivityReportUseCase,
    private readonly updateUseCase: UpdateActivityReportUseCase,
    private readonly submitUseCase: SubmitActivityReportUseCase,
    private readonly approveUseCase: ApproveActivityReportUseCase,
    private readonly returnUseCase: ReturnActivityReportUseCase,
    private readonly deleteUseCase: DeleteActivityReportUseCase,
    private readonly views: ReportViews,
  ) {}

  @Mutation(() => ActivityReportModel, {
    description: 'Drafts a report (with its data-quality warnings). Repeating it with the same id is harmless.',
  })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN')
  async createActivityReport(
    @Args('input') input: CreateActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(createActivityReportSchema, input);
    return this.views.one(await this.createUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ActivityReportModel, { description: 'Edits a draft or returned report.' })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN')
  async updateActivityReport(
    @Args('input') input: UpdateActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(updateActivityReportSchema, input);
    return this.views.one(await this.updateUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ActivityReportModel, { description: 'Hands a draft or returned report to the sector coordinator.' })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN')
  async submitActivityReport(
    @Args('input') input: SubmitActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(submitActivityReportSchema, input);
    return this.views.one(await this.submitUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ActivityReportModel, {
    description: 'Approves a submitted report: the coordinator of its sector (and region), or a platform admin.',
  })
  @Authenticated('SECTOR_COORDINATOR', 'PLATFORM_ADMIN')
  async approveActivityReport(
    @Args('input') input: ApproveActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(approveActivityReportSchema, input);
    return this.views.one(await this.approveUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ActivityReportModel, {
    description: 'Returns a submitted report to the partner, saying what to fix.',
  })
  @Authenticated('SECTOR_COORDINATOR', 'PLATFORM_ADMIN')
  async returnActivityReport(
    @Args('input') input: ReturnActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(returnActivityReportSchema, input);
    return this.views.one(await this.returnUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => ActivityReportModel, { description: 'Deletes a draft; returns it as it was, with deletedAt.' })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN')
  async deleteActivityReport(
    @Args('input') input: DeleteActivityReportInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityReportModel> {
    const command = parseInput(deleteActivityReportSchema, input);
    return this.views.one(await this.deleteUseCase.execute(command, viewer, correlationIdOf(request)));
  }
}
