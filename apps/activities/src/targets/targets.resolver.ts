import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, authorize, type Viewer } from '@coordination/auth';
import { correlationIdOf, isUuid, parseInput } from '@coordination/graphql';
import { IndicatorCatalogue, indicatorKey } from '../indicators/indicator-catalogue';
import { ActivityTargetEntity } from './activity-target.entity';
import { ActivityTargetModel } from './activity-target.model';
import { SetTargetInput, setTargetSchema } from './set-target/set-target.input';
import { SetTargetUseCase, toTargetModel } from './set-target/set-target.use-case';

@Resolver(() => ActivityTargetModel)
export class TargetsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorCatalogue,
    private readonly setTargetUseCase: SetTargetUseCase,
  ) {}

  @Mutation(() => ActivityTargetModel, {
    description: 'Sets a partner’s target: the partner itself, the coordinator of the sector, or a platform admin.',
  })
  @Authenticated('PARTNER_REPORTER', 'PARTNER_ADMIN', 'SECTOR_COORDINATOR', 'PLATFORM_ADMIN')
  async setTarget(
    @Args('input') input: SetTargetInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ActivityTargetModel> {
    return this.setTargetUseCase.execute(parseInput(setTargetSchema, input), viewer, correlationIdOf(request));
  }

  @Query(() => [ActivityTargetModel], {
    description: 'An organisation’s targets of a plan year that the caller may read, by indicator and place.',
  })
  @Authenticated()
  async activityTargets(
    @CurrentViewer() viewer: Viewer,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('planYear', { type: () => Int }) planYear: number,
  ): Promise<ActivityTargetModel[]> {
    if (!isUuid(organisationId)) return [];
    const targets = await this.dataSource.manager.find(ActivityTargetEntity, {
      where: { organisationId, planYear },
      order: { indicatorCode: 'ASC', pcode: 'ASC' },
    });
    const indicators = await this.indicators.findMany(targets.map((t) => ({ planYear, code: t.indicatorCode })));
    return targets.flatMap((target) => {
      const indicator = indicators.get(indicatorKey({ planYear, code: target.indicatorCode }))!;
      const resource = { organisationId, sector: indicator.sector, regionPcode: target.pcode };
      return authorize(viewer, 'read', resource).allowed ? [toTargetModel(target, indicator)] : [];
    });
  }
}
