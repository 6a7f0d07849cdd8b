import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import {
  ReferralStatisticsFilterInput,
  ReferralStatisticsModel,
  referralStatisticsFilterSchema,
} from './referral-statistics.model';
import { ReferralStatisticsQuery } from './referral-statistics.query';

@Resolver()
export class ReferralStatisticsResolver {
  constructor(private readonly query: ReferralStatisticsQuery) {}

  @Query(() => ReferralStatisticsModel, {
    description: 'Sector coordinators (their sector) and platform admins: counts and response times, no cases.',
  })
  @Authenticated('SECTOR_COORDINATOR', 'PLATFORM_ADMIN')
  referralStatistics(
    @Args('filter', { type: () => ReferralStatisticsFilterInput, nullable: true })
    filter: ReferralStatisticsFilterInput | null,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ReferralStatisticsModel> {
    return this.query.statistics(parseInput(referralStatisticsFilterSchema, filter ?? {}, 'filter'), viewer);
  }
}
