import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, invalidInput, type Connection } from '@coordination/graphql';
import { AssessmentEntity } from '../assessment.entity';
import type { AssessmentModel } from '../assessment.model';
import { toAssessmentModel } from '../assessment-views';
import type { AssessmentFilter } from './assessment-filter.input';

interface AssessmentCursor {
  start: string;
  id: string;
}

function parseCursor(cursor: string): AssessmentCursor {
  try {
    const parsed = JSON.parse(decodeCursor(cursor)) as Partial<AssessmentCursor>;
    if (typeof parsed.start === 'string' && typeof parsed.id === 'string')
      return { start: parsed.start, id: parsed.id };
  } catch {
    // fall through to the error below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}

function applyFilter(query: SelectQueryBuilder<AssessmentEntity>, filter: AssessmentFilter): void {
  if (filter.pcode) {
    // P-codes nest by prefix: a place overlaps the filter when either contains the other.
    query.andWhere(
      `EXISTS (SELECT 1 FROM unnest(assessment.pcodes) AS covered(pcode)
                WHERE covered.pcode LIKE :pcode || '%' OR :pcode LIKE covered.pcode || '%')`,
      { pcode: filter.pcode },
    );
  }
  if (filter.sector) query.andWhere(':sector = ANY(assessment.sectors)', { sector: filter.sector });
  if (filter.status) query.andWhere('assessment.status = :status', { status: filter.status });
  if (filter.type) query.andWhere('assessment.type = :type', { type: filter.type });
  if (filter.planYear) query.andWhere('assessment.plan_year = :planYear', { planYear: filter.planYear });
  if (filter.from) query.andWhere('assessment.collection_end >= :from', { from: filter.from });
  if (filter.to) query.andWhere('assessment.collection_start <= :to', { to: filter.to });
  if (filter.leadOrganisationId) {
    query.andWhere(':lead = ANY(assessment.lead_organisation_ids)', { lead: filter.leadOrganisationId });
  }
}

/** Assessments matching the filter, most recent data collection first, a page at a time. */
export async function searchAssessments(
  dataSource: DataSource,
  filter: AssessmentFilter,
  pageSize: number,
  after: string | null | undefined,
): Promise<Connection<AssessmentModel>> {
  const query = dataSource.getRepository(AssessmentEntity).createQueryBuilder('assessment');
  applyFilter(query, filter);
  const totalCount = await query.clone().getCount();
  if (after) {
    const cursor = parseCursor(after);
    query.andWhere('(assessment.collection_start, assessment.id) < (:start::date, :id::uuid)', cursor);
  }
  const rows = await query
    .orderBy('assessment.collection_start', 'DESC')
    .addOrderBy('assessment.id', 'DESC')
    .take(pageSize + 1)
    .getMany();
  const nodes = rows.slice(0, pageSize).map(toAssessmentModel);
  const last = nodes.at(-1);
  return {
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > pageSize,
      endCursor: last ? encodeCursor(JSON.stringify({ start: last.collectionStart, id: last.id })) : null,
    },
  };
}
