import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { REFERRAL_STATUSES, type ReferralStatus } from '@coordination/contracts';
import { Clock } from '../../shared/clock';
import type { ReferralStatisticsFilter, ReferralStatisticsModel } from './referral-statistics.model';

interface StatisticsRow {
  status: ReferralStatus;
  count: string;
  overdue_now: string;
  answered_late: string;
  accepted: string;
  answered: string;
}

/**
 * Counts and response times for coordinators and platform admins: a sector coordinator sees its
 * sector (and region), never a case, a reason or a person. Aggregates only.
 */
@Injectable()
export class ReferralStatisticsQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async statistics(filter: ReferralStatisticsFilter, viewer: Viewer): Promise<ReferralStatisticsModel> {
    assertAuthorized(viewer, 'read', { sector: filter.sector ?? null, regionPcode: filter.department ?? null });
    const now = this.clock.now();
    const conditions = [
      '($1::text IS NULL OR sector = $1)',
      `($2::text IS NULL OR place_pcode LIKE $2 || '%')`,
      '($3::timestamptz IS NULL OR sent_at >= $3)',
      '($4::timestamptz IS NULL OR sent_at < $4)',
    ].join(' AND ');
    const parameters = [
      filter.sector ?? null,
      filter.department ?? null,
      filter.sentFrom ?? null,
      filter.sentTo ?? null,
    ];
    const rows: StatisticsRow[] = await this.dataSource.query(
      `SELECT status, count(*) AS count,
              count(*) FILTER (WHERE status = 'SENT' AND due_at < $5) AS overdue_now,
              count(*) FILTER (WHERE responded_at > due_at) AS answered_late,
              count(*) FILTER (WHERE responded_at IS NOT NULL AND status <> 'REJECTED') AS accepted,
              count(*) FILTER (WHERE responded_at IS NOT NULL) AS answered
         FROM referral WHERE ${conditions} GROUP BY status`,
      [...parameters, now],
    );
    const [median]: { hours: number | null }[] = await this.dataSource.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM responded_at - sent_at) / 3600) AS hours
         FROM referral WHERE responded_at IS NOT NULL AND ${conditions}`,
      parameters,
    );
    const sum = (pick: (row: StatisticsRow) => string) => rows.reduce((total, row) => total + Number(pick(row)), 0);
    const answered = sum((row) => row.answered);
    return {
      sent: sum((row) => row.count),
      byStatus: REFERRAL_STATUSES.map((status) => ({
        status,
        count: Number(rows.find((row) => row.status === status)?.count ?? 0),
      })),
      overdueNow: sum((row) => row.overdue_now),
      answeredLate: sum((row) => row.answered_late),
      medianHoursToFirstResponse: median?.hours === null || median?.hours === undefined ? null : Number(median.hours),
      acceptanceRate: answered > 0 ? sum((row) => row.accepted) / answered : null,
    };
  }
}
