import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { decodeCursor, encodeCursor, invalidInput, type Connection } from '@coordination/graphql';
import { PersonalDataAccessEntity } from '../personal-data-access.entity';
import type { PersonalDataAccessFilter, PersonalDataAccessModel } from './personal-data-access.model';

function afterId(after: string | null | undefined): string | null {
  if (!after) return null;
  const id = decodeCursor(after);
  if (!/^\d+$/.test(id))
    throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
  return id;
}

/** The audit trail of personal-data reads, newest first: for platform admins only. */
@Injectable()
export class PersonalDataAccessLogQuery {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    filter: PersonalDataAccessFilter,
    viewer: Viewer,
    pageSize: number,
    after: string | null | undefined,
  ): Promise<Connection<PersonalDataAccessModel>> {
    assertAuthorized(viewer, 'administer');
    const query = this.dataSource.getRepository(PersonalDataAccessEntity).createQueryBuilder('access');
    if (filter.caseId) query.andWhere('access.case_id = :caseId', { caseId: filter.caseId });
    if (filter.userId) query.andWhere('access.user_id = :userId', { userId: filter.userId });
    if (filter.organisationId) {
      query.andWhere('access.organisation_id = :organisationId', { organisationId: filter.organisationId });
    }
    if (filter.from) query.andWhere('access.accessed_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('access.accessed_at < :to', { to: filter.to });
    const totalCount = await query.clone().getCount();
    const cursor = afterId(after);
    if (cursor) query.andWhere('access.id < :cursor', { cursor });
    const rows = await query
      .orderBy('access.id', 'DESC')
      .take(pageSize + 1)
      .getMany();
    const nodes = rows.slice(0, pageSize);
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > pageSize, endCursor: last ? encodeCursor(last.id) : null },
    };
  }
}
