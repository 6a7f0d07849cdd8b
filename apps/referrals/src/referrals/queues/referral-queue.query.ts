import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { decodeCursor, encodeCursor, invalidInput, type Connection } from '@coordination/graphql';
import { Clock } from '../../shared/clock';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { toReferralModel, type ReferralModel } from '../referral.model';
import { ReferralEntity } from '../referral.entity';
import type { ReferralQueueFilter } from './referral-queue-filter.input';

export type QueueDirection = 'incoming' | 'outgoing';

interface QueueCursor {
  sentAt: string;
  id: string;
}

function parseCursor(cursor: string): QueueCursor {
  try {
    const parsed = JSON.parse(decodeCursor(cursor)) as Partial<QueueCursor>;
    if (typeof parsed.sentAt === 'string' && typeof parsed.id === 'string')
      return { sentAt: parsed.sentAt, id: parsed.id };
  } catch {
    // refused below
  }
  throw invalidInput([{ field: 'page.after', message: 'is not a cursor returned by this query' }]);
}

/** My organisation's referrals received (incoming) or sent (outgoing), newest first, a page at a time. */
@Injectable()
export class ReferralQueueQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async page(
    direction: QueueDirection,
    filter: ReferralQueueFilter,
    viewer: Viewer,
    pageSize: number,
    after: string | null | undefined,
  ): Promise<Connection<ReferralModel>> {
    const organisationId = caseWorkerOrganisation(viewer);
    const now = this.clock.now();
    const column = direction === 'incoming' ? 'receiving_organisation_id' : 'sending_organisation_id';
    const query = this.dataSource
      .getRepository(ReferralEntity)
      .createQueryBuilder('referral')
      .where(`referral.${column} = :organisationId`, { organisationId });
    if (filter.statuses?.length) query.andWhere('referral.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.priority) query.andWhere('referral.priority = :priority', { priority: filter.priority });
    if (filter.overdue === true) query.andWhere(`referral.status = 'SENT' AND referral.due_at < :now`, { now });
    if (filter.overdue === false) query.andWhere(`NOT (referral.status = 'SENT' AND referral.due_at < :now)`, { now });
    const totalCount = await query.clone().getCount();
    if (after) {
      const cursor = parseCursor(after);
      query.andWhere('(referral.sent_at, referral.id) < (:sentAt::timestamptz, :id::uuid)', cursor);
    }
    const rows = await query
      .orderBy('referral.sent_at', 'DESC')
      .addOrderBy('referral.id', 'DESC')
      .take(pageSize + 1)
      .getMany();
    const nodes = rows.slice(0, pageSize).map((row) => toReferralModel(row, now));
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > pageSize,
        endCursor: last ? encodeCursor(JSON.stringify({ sentAt: last.sentAt.toISOString(), id: last.id })) : null,
      },
    };
  }
}
