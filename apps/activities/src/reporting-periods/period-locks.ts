import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { domainError } from '@coordination/graphql';
import { ReportingPeriodEntity } from './reporting-period.entity';

export const PERIOD_LOCKED = 'REPORT.PERIOD_LOCKED';

/**
 * Makes "the month is open" hold until the caller's transaction ends. A report change takes a shared
 * advisory lock on its month and a lock or reopening takes it exclusively, so locking a month waits
 * for the changes in flight and no change slips in after the lock commits (even for a month that
 * has no row yet, which a row lock could not cover).
 */
@Injectable()
export class PeriodLocks {
  async assertOpen(manager: EntityManager, month: string, field: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock_shared(hashtext('reporting_period'), hashtext($1))`, [month]);
    const period = await manager.findOneBy(ReportingPeriodEntity, { month });
    if (period?.status === 'LOCKED') {
      throw domainError(
        PERIOD_LOCKED,
        `Reporting period ${month} is locked; a platform admin must reopen it before its reports change`,
        field,
      );
    }
  }

  async lockForChange(manager: EntityManager, month: string): Promise<ReportingPeriodEntity | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reporting_period'), hashtext($1))`, [month]);
    return manager.findOneBy(ReportingPeriodEntity, { month });
  }
}
