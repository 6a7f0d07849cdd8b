import { Args, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Authenticated } from '@coordination/auth';
import {
  PageArgs,
  checkedPageSize,
  decodeCursor,
  encodeCursor,
  invalidInput,
  isUuid,
  type Connection,
} from '@coordination/graphql';
import { OrganisationModel } from './organisation.model';
import { toOrganisationModel } from './organisation-model.mapper';
import { OrganisationProfileRepository } from './organisation-profile.repository';
import {
  OrganisationConnection,
  OrganisationFilterInput,
  OrganisationResolutionModel,
} from './queries/organisation-query.types';
import { OrganisationSearch } from './queries/organisation-search';

function offsetFrom(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const offset = Number(decodeCursor(cursor));
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
  }
  return offset;
}

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: OrganisationProfileRepository,
    private readonly search: OrganisationSearch,
  ) {}

  @Query(() => OrganisationModel, { nullable: true, description: 'Also returns merged records, with mergedIntoId.' })
  @Authenticated()
  organisation(@Args('id', { type: () => ID }) id: string): Promise<OrganisationModel | null> {
    return this.byId(id);
  }

  @Query(() => OrganisationConnection, { description: 'Active organisations, most relevant first when searching.' })
  @Authenticated()
  async organisations(
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true }) filter: OrganisationFilterInput | null,
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<OrganisationModel>> {
    const size = checkedPageSize(page);
    const offset = offsetFrom(page.after);
    const found = await this.search.find(filter ?? {});
    const nodes = found.slice(offset, offset + size).map(({ profile }) => toOrganisationModel(profile));
    const hasNextPage = offset + size < found.length;
    return {
      nodes,
      totalCount: found.length,
      pageInfo: { hasNextPage, endCursor: nodes.length > 0 ? encodeCursor(String(offset + nodes.length)) : null },
    };
  }

  @Query(() => OrganisationResolutionModel, {
    description: 'Resolves a name as spelled in a spreadsheet to one organisation, or lists the candidates.',
  })
  @Authenticated()
  async resolveOrganisation(@Args('name') name: string): Promise<OrganisationResolutionModel> {
    const { status, candidates } = await this.search.resolve(name);
    const models = candidates.map(({ profile, score }) => ({ organisation: toOrganisationModel(profile), score }));
    return { status, organisation: status === 'FOUND' ? models[0].organisation : null, candidates: models };
  }

  @ResolveField(() => OrganisationModel, { nullable: true })
  parentOrganisation(@Parent() organisation: OrganisationModel): Promise<OrganisationModel | null> {
    return organisation.parentOrganisationId ? this.byId(organisation.parentOrganisationId) : Promise.resolve(null);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'The record a merged duplicate now lives in.' })
  mergedInto(@Parent() organisation: OrganisationModel): Promise<OrganisationModel | null> {
    return organisation.mergedIntoId ? this.byId(organisation.mergedIntoId) : Promise.resolve(null);
  }

  @ResolveReference()
  resolveReference(reference: { id: string }): Promise<OrganisationModel | null> {
    return this.byId(reference.id);
  }

  private async byId(id: string): Promise<OrganisationModel | null> {
    if (!isUuid(id)) return null;
    const profile = await this.profiles.loadProfile(this.dataSource.manager, id);
    return profile ? toOrganisationModel(profile) : null;
  }
}
