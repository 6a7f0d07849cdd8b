import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { PageArgs, checkedPageSize, correlationIdOf, isUuid, parseInput, type Connection } from '@coordination/graphql';
import { pageOfRows } from '../shared/offset-page';
import { NeedsRoundEntity } from './needs-round.entity';
import { NeedsRoundConnection, NeedsRoundModel, toNeedsRoundModel } from './needs-round.model';
import { PublishNeedsRoundInput, publishNeedsRoundSchema } from './publish-round/publish-needs-round.input';
import { PublishNeedsRoundUseCase } from './publish-round/publish-needs-round.use-case';

@Resolver(() => NeedsRoundModel)
export class NeedsRoundsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publishUseCase: PublishNeedsRoundUseCase,
  ) {}

  @Mutation(() => NeedsRoundModel, {
    description:
      'Platform admins publish a round of a needs analysis: people in need per sector x department or province x ' +
      'population group (sex and age cells adding up) and severity phases. It supersedes the analysis’s latest round.',
  })
  @Authenticated('PLATFORM_ADMIN')
  async publishNeedsRound(
    @Args('input') input: PublishNeedsRoundInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<NeedsRoundModel> {
    const command = parseInput(publishNeedsRoundSchema, input);
    return toNeedsRoundModel(await this.publishUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Query(() => NeedsRoundModel, { nullable: true })
  @Authenticated()
  async needsRound(@Args('id', { type: () => ID }) id: string): Promise<NeedsRoundModel | null> {
    if (!isUuid(id)) return null;
    const round = await this.dataSource.manager.findOneBy(NeedsRoundEntity, { id });
    return round && toNeedsRoundModel(round);
  }

  @Query(() => NeedsRoundConnection, {
    description: 'The history of an analysis: its rounds, newest in force first, superseded ones included.',
  })
  @Authenticated()
  async needsRounds(
    @Args('analysisCode') analysisCode: string,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<NeedsRoundModel>> {
    const rounds = await this.dataSource.manager.find(NeedsRoundEntity, {
      where: { analysisCode: analysisCode.trim().toUpperCase() },
      order: { inForceFrom: 'DESC', publishedAt: 'DESC' },
    });
    return pageOfRows(rounds.map(toNeedsRoundModel), checkedPageSize(page), page.after);
  }
}
