import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { monthSchema } from '@coordination/contracts';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { LockReportingPeriodInput, lockReportingPeriodSchema } from './lock-period/lock-reporting-period.input';
import { LockReportingPeriodUseCase } from './lock-period/lock-reporting-period.use-case';
import { ReopenReportingPeriodInput, reopenReportingPeriodSchema } from './reopen-period/reopen-reporting-period.input';
import { ReopenReportingPeriodUseCase } from './reopen-period/reopen-reporting-period.use-case';
import { ReportingPeriodReader } from './reporting-period-reader';
import { ReportingPeriodModel } from './reporting-period.model';

@Resolver(() => ReportingPeriodModel)
export class ReportingPeriodsResolver {
  constructor(
    private readonly reader: ReportingPeriodReader,
    private readonly lockUseCase: LockReportingPeriodUseCase,
    private readonly reopenUseCase: ReopenReportingPeriodUseCase,
  ) {}

  @Query(() => ReportingPeriodModel, { description: 'Whether a month is locked, with its lock history.' })
  @Authenticated()
  reportingPeriod(@Args('month') month: string): Promise<ReportingPeriodModel> {
    return this.reader.load(parseInput(monthSchema, month.trim(), 'month'));
  }

  @Query(() => [ReportingPeriodModel], { description: 'The months of a plan year that were ever locked.' })
  @Authenticated()
  reportingPeriods(@Args('planYear', { type: () => Int }) planYear: number): Promise<ReportingPeriodModel[]> {
    return this.reader.lockedOrReopened(planYear);
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'Locks a month: none of its reports may change until it is reopened. Platform admins only.',
  })
  @Authenticated('PLATFORM_ADMIN')
  lockReportingPeriod(
    @Args('input') input: LockReportingPeriodInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReportingPeriodModel> {
    return this.lockUseCase.execute(parseInput(lockReportingPeriodSchema, input), viewer, correlationIdOf(request));
  }

  @Mutation(() => ReportingPeriodModel, {
    description: 'Reopens a locked month for corrections, saying why. Platform admins only.',
  })
  @Authenticated('PLATFORM_ADMIN')
  reopenReportingPeriod(
    @Args('input') input: ReopenReportingPeriodInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ReportingPeriodModel> {
    return this.reopenUseCase.execute(parseInput(reopenReportingPeriodSchema, input), viewer, correlationIdOf(request));
  }
}
