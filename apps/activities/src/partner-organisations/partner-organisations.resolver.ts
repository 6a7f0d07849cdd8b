import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Authenticated } from '@coordination/auth';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import {
  PageArgs,
  checkedPageSize,
  decodeCursor,
  encodeCursor,
  invalidInput,
  type Connection,
} from '@coordination/graphql';
import { PartnerOrganisationConnection, PartnerOrganisationModel } from './partner-organisation.model';

interface NameCursor {
  name: string;
  id: string;
}

function parseCursor(cursor: string): NameCursor {
  try {
    const parsed = JSON.parse(decodeCursor(cursor)) as Partial<NameCursor>;
    if (typeof parsed.name === 'string' && typeof parsed.id === 'string') return { name: parsed.name, id: parsed.id };
  } catch {
    // fall through to the error below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}

@Resolver(() => PartnerOrganisationModel)
export class PartnerOrganisationsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => PartnerOrganisationConnection, {
    description:
      'Active organisations known to the 4W service, by name; fed by directory events (merged duplicates left out).',
  })
  @Authenticated()
  async partnerOrganisations(
    @Args('page', { type: () => PageArgs, nullable: true, defaultValue: { first: 20 } }) page: PageArgs,
  ): Promise<Connection<PartnerOrganisationModel>> {
    const pageSize = checkedPageSize(page);
    const repository = this.dataSource.getRepository(OrganisationReplicaEntity);
    const query = repository
      .createQueryBuilder('organisation')
      .where(`organisation.status = 'ACTIVE'`)
      .orderBy('lower(organisation.name)')
      .addOrderBy('organisation.id');
    if (page.after) {
      const cursor = parseCursor(page.after);
      query.andWhere('(lower(organisation.name), organisation.id) > (:name, :id)', cursor);
    }
    const [rows, totalCount] = await Promise.all([
      query
        .clone()
        .take(pageSize + 1)
        .getMany(),
      repository.countBy({ status: 'ACTIVE' }),
    ]);
    const nodes = rows.slice(0, pageSize);
    const last = nodes.at(-1);
    return {
      nodes: nodes.map(({ id, name, acronym, type }) => ({ id, name, acronym, type })),
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > pageSize,
        endCursor: last ? encodeCursor(JSON.stringify({ name: last.name.toLowerCase(), id: last.id })) : null,
      },
    };
  }
}
