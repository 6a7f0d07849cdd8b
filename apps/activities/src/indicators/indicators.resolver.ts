import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@coordination/auth';
import { domainError } from '@coordination/graphql';
import { TaxonomyProblemCodes, checkSectorPair, planYears } from '@coordination/taxonomies';
import { IndicatorCatalogue, toIndicatorModel } from './indicator-catalogue';
import { IndicatorModel } from './indicator.model';

@Resolver(() => IndicatorModel)
export class IndicatorsResolver {
  constructor(private readonly catalogue: IndicatorCatalogue) {}

  @Query(() => [IndicatorModel], {
    description: 'The indicator catalogue of a plan year, for one sector or all of them, by sector and code.',
  })
  @Authenticated()
  async indicators(
    @Args('planYear', { type: () => Int }) planYear: number,
    @Args('sector', { type: () => String, nullable: true }) sector: string | null,
  ): Promise<IndicatorModel[]> {
    const code = sector?.trim().toUpperCase() || null;
    if (!planYears().includes(planYear)) {
      throw domainError(TaxonomyProblemCodes.unknownPlanYear, `Unknown plan year ${planYear}`, 'planYear');
    }
    const problem = code ? checkSectorPair(code, null, planYear) : undefined;
    if (problem) throw domainError(problem.code, problem.message, problem.path);
    return (await this.catalogue.list(planYear, code)).map(toIndicatorModel);
  }
}
