import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import { CoverageFilterInput, coverageFilterSchema } from './coverage-filter.input';
import { CoverageRowModel, IntersectoralCoverageRowModel, PartnerPresenceModel } from './coverage.models';
import { CoverageService } from './coverage.service';

const MAX_TOP_GAPS = 100;

/** Coverage read from the reporting read model; every signed-in viewer sees aggregates (see viewer-scope.ts). */
@Resolver()
export class CoverageResolver {
  constructor(private readonly coverageService: CoverageService) {}

  @Query(() => [CoverageRowModel], {
    description:
      'Coverage per place x sector: people in need, targeted, reached (monthly and consolidated), gap, coverage % ' +
      'and partners present. `coverage(filter: { planYear: 2025, level: DEPARTMENT })` feeds a department map.',
  })
  @Authenticated()
  coverage(@Args('filter') filter: CoverageFilterInput, @CurrentViewer() viewer: Viewer): Promise<CoverageRowModel[]> {
    return this.coverageService.coverage(parseInput(coverageFilterSchema, filter, 'filter'), viewer);
  }

  @Query(() => [CoverageRowModel], { description: 'The coverage rows with the largest gaps, largest first.' })
  @Authenticated()
  topGaps(
    @Args('filter') filter: CoverageFilterInput,
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 10, description: `At most ${MAX_TOP_GAPS}.` }) first: number,
  ): Promise<CoverageRowModel[]> {
    const query = parseInput(coverageFilterSchema, filter, 'filter');
    return this.coverageService.topGaps(query, viewer, Math.min(Math.max(first, 1), MAX_TOP_GAPS));
  }

  @Query(() => [IntersectoralCoverageRowModel], {
    description: 'Per place, the maximum over sectors (MPC excluded) of people in need and of consolidated reached.',
  })
  @Authenticated()
  intersectoralCoverage(@Args('filter') filter: CoverageFilterInput): Promise<IntersectoralCoverageRowModel[]> {
    return this.coverageService.intersectoral(parseInput(coverageFilterSchema, filter, 'filter'));
  }

  @Query(() => [PartnerPresenceModel], {
    description:
      'Who works where (3W) on the coverage filter: organisations per place and sector, named from the directory.',
  })
  @Authenticated()
  coveragePartnerPresence(
    @Args('filter') filter: CoverageFilterInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PartnerPresenceModel[]> {
    return this.coverageService.partnerPresence(parseInput(coverageFilterSchema, filter, 'filter'), viewer);
  }
}
