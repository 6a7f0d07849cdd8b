import { Args, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, assertAuthorized, type Viewer } from '@coordination/auth';
import type { PlaceLevel } from '@coordination/contracts';
import { PageArgs, checkedPageSize, parseInput, type Connection } from '@coordination/graphql';
import { z } from 'zod';
import { reportFieldSchemas as fields } from '../reports/writing/report-content.input';
import { PlaceLevelEnum } from '../shared/activity-enums';
import {
  PartnerPresenceConnection,
  PartnerPresenceFilterInput,
  partnerPresenceFilterSchema,
  type PartnerPresenceModel,
} from './partner-presence/partner-presence.model';
import { PartnerPresenceQuery } from './partner-presence/partner-presence.query';
import { decodePlaceCursor, encodePlaceCursor } from './place-cursor';
import { ReachedAtPlaceConnection, type ReachedAtPlaceModel } from './reached-by-place/reached-at-place.model';
import { ReachedByPlaceQuery } from './reached-by-place/reached-by-place.query';

const reachedArgsSchema = z.object({ sector: fields.sector, month: fields.month });

/** Figures without organisations, and organisations without figures: what may be shared widely. */
@Resolver()
export class WhoWhatWhereResolver {
  constructor(
    private readonly reached: ReachedByPlaceQuery,
    private readonly presence: PartnerPresenceQuery,
  ) {}

  @Query(() => ReachedAtPlaceConnection, {
    description:
      'People (or items...) reached per place and indicator in one month of a sector, from approved reports, ' +
      'without organisation detail. For coordinators, platform admins and government viewers.',
  })
  @Authenticated()
  async reachedByPlace(
    @CurrentViewer() viewer: Viewer,
    @Args('sector') sector: string,
    @Args('month') month: string,
    @Args('level', { type: () => PlaceLevelEnum }) level: PlaceLevel,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 100 } }) page: PageArgs,
  ): Promise<Connection<ReachedAtPlaceModel>> {
    const criteria = { ...parseInput(reachedArgsSchema, { sector, month }, 'args'), level };
    assertAuthorized(viewer, 'read-aggregate', { sector: criteria.sector });
    const size = checkedPageSize(page);
    const after = page.after ? decodePlaceCursor(page.after) : null;
    const { rows, totalCount } = await this.reached.find(criteria, { size: size + 1, after });
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: last ? encodePlaceCursor({ pcode: last.pcode, key: last.indicatorCode }) : null,
      },
    };
  }

  @Query(() => PartnerPresenceConnection, {
    description: 'Who does what where: the organisations present per place and sector, from submitted reports.',
  })
  @Authenticated()
  async partnerPresence(
    @Args('filter', { type: () => PartnerPresenceFilterInput, nullable: true })
    filter: PartnerPresenceFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<PartnerPresenceModel>> {
    const criteria = parseInput(partnerPresenceFilterSchema, filter ?? {}, 'filter');
    const size = checkedPageSize(page);
    const after = page.after ? decodePlaceCursor(page.after) : null;
    const { rows, totalCount } = await this.presence.find(criteria, { size: size + 1, after });
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: last ? encodePlaceCursor({ pcode: last.pcode, key: last.sector }) : null,
      },
    };
  }
}
