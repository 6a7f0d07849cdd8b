import { Args, Query, Resolver } from '@nestjs/graphql';
import type { PlaceLevel } from '@coordination/contracts';
import { Authenticated } from '@coordination/auth';
import { PageArgs, checkedPageSize, parseInput } from '@coordination/graphql';
import type { PopulationGroup } from '@coordination/taxonomies';
import { pageOfRows } from '../../shared/offset-page';
import { placeName } from '../../shared/needs-places';
import { toNeedsRoundModel } from '../needs-round.model';
import { INTERSECTORAL_RULE, intersectoralRows } from './intersectoral-rows';
import { IntersectoralPeopleInNeedConnection } from './intersectoral.models';
import { NeedsFigureFilterInput, needsFigureFilterSchema } from './needs-figure-filter.input';
import { PeopleInNeedConnection, PeopleInNeedTotalsModel, SeverityConnection } from './needs-figure.models';
import { peopleInNeedRows, sectorTotals } from './people-in-need-rows';
import { RoundFiguresReader } from './round-figures.reader';
import { severityRows } from './severity-rows';

const PAGE = { type: () => PageArgs, nullable: true, defaultValue: { first: 50 } } as const;

function withPlace<T extends { pcode: string; placeLevel: string; populationGroup: string }>(row: T) {
  return {
    ...row,
    placeName: placeName(row.pcode),
    placeLevel: row.placeLevel as PlaceLevel,
    populationGroup: row.populationGroup as PopulationGroup,
  };
}

/** Needs figures are aggregate data: any authenticated caller may read them. */
@Resolver()
export class NeedsFiguresResolver {
  constructor(private readonly reader: RoundFiguresReader) {}

  @Query(() => PeopleInNeedConnection, {
    description:
      'People in need per sector x place x population group of the round in force on a day (rounds are never ' +
      'summed). A department adds up its provinces when the round was published per province.',
  })
  @Authenticated()
  async peopleInNeed(
    @Args('filter') filter: NeedsFigureFilterInput,
    @Args('page', PAGE) page: PageArgs,
  ): Promise<PeopleInNeedConnection> {
    const parsed = parseInput(needsFigureFilterSchema, filter, 'filter');
    const pageSize = checkedPageSize(page);
    const { asOf, round, scope } = await this.reader.inForce(parsed);
    const rows = round ? peopleInNeedRows(await this.reader.peopleInNeed(round, scope), scope, parsed) : [];
    const connection = pageOfRows(rows.map(withPlace), pageSize, page.after);
    return { ...connection, asOf, round: round && toNeedsRoundModel(round) };
  }

  @Query(() => SeverityConnection, {
    description: 'Severity phase per place x population group of the round in force on a day.',
  })
  @Authenticated()
  async needsSeverity(
    @Args('filter') filter: NeedsFigureFilterInput,
    @Args('page', PAGE) page: PageArgs,
  ): Promise<SeverityConnection> {
    const parsed = parseInput(needsFigureFilterSchema, filter, 'filter');
    const pageSize = checkedPageSize(page);
    const { asOf, round, scope } = await this.reader.inForce(parsed);
    const rows = round ? severityRows(await this.reader.severity(round, scope), scope, parsed.populationGroup) : [];
    const connection = pageOfRows(rows.map(withPlace), pageSize, page.after);
    return { ...connection, asOf, round: round && toNeedsRoundModel(round) };
  }

  @Query(() => IntersectoralPeopleInNeedConnection, { description: INTERSECTORAL_RULE })
  @Authenticated()
  async intersectoralPeopleInNeed(
    @Args('filter') filter: NeedsFigureFilterInput,
    @Args('page', PAGE) page: PageArgs,
  ): Promise<IntersectoralPeopleInNeedConnection> {
    const parsed = parseInput(needsFigureFilterSchema, filter, 'filter');
    const pageSize = checkedPageSize(page);
    const { asOf, round, scope } = await this.reader.inForce(parsed);
    const rows = round
      ? intersectoralRows(await this.reader.peopleInNeed(round, scope), round.planYear, scope, parsed.populationGroup)
      : [];
    const connection = pageOfRows(rows.map(withPlace), pageSize, page.after);
    return {
      ...connection,
      asOf,
      round: round && toNeedsRoundModel(round),
      method: 'MAX_OVER_SECTORS',
      rule: INTERSECTORAL_RULE,
      peopleInNeed: rows.reduce((sum, row) => sum + row.peopleInNeed, 0),
    };
  }

  @Query(() => PeopleInNeedTotalsModel, {
    description:
      'People in need per sector of the round in force (the country when no pcode is given), with the ' +
      'intersectoral figure of the same scope (maximum over sectors per place and group, never the sum).',
  })
  @Authenticated()
  async peopleInNeedTotals(@Args('filter') filter: NeedsFigureFilterInput): Promise<PeopleInNeedTotalsModel> {
    const parsed = parseInput(needsFigureFilterSchema, filter, 'filter');
    const { asOf, round, scope } = await this.reader.inForce({ ...parsed, level: null });
    if (!round) return { asOf, round: null, pcode: scope.pcode, sectors: [], intersectoralPeopleInNeed: 0 };
    const cells = await this.reader.peopleInNeed(round, scope);
    const intersectoral = intersectoralRows(cells, round.planYear, scope, parsed.populationGroup);
    return {
      asOf,
      round: toNeedsRoundModel(round),
      pcode: scope.pcode,
      sectors: sectorTotals(cells, scope.pcode, parsed.populationGroup),
      intersectoralPeopleInNeed: intersectoral.reduce((sum, row) => sum + row.peopleInNeed, 0),
    };
  }
}
