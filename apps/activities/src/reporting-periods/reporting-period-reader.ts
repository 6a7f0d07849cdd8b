import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportingPeriodChangeEntity } from './reporting-period-change.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';
import type { ReportingPeriodModel } from './reporting-period.model';

@Injectable()
export class ReportingPeriodReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The month as the API shows it; a month never locked is open with no history. */
  async load(month: string, manager: EntityManager = this.dataSource.manager): Promise<ReportingPeriodModel> {
    const [period, changes] = await Promise.all([
      manager.findOneBy(ReportingPeriodEntity, { month }),
      manager.find(ReportingPeriodChangeEntity, { where: { month }, order: { id: 'ASC' } }),
    ]);
    return {
      month,
      status: period?.status ?? 'OPEN',
      history: changes.map(({ action, at, actorUserId, reason }) => ({ action, at, actorUserId, reason })),
    };
  }

  /** The months of a year that were ever locked, by month. */
  async lockedOrReopened(planYear: number): Promise<ReportingPeriodModel[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(ReportingPeriodEntity, 'period')
      .where('period.month LIKE :prefix', { prefix: `${planYear}-%` })
      .orderBy('period.month')
      .getMany();
    return Promise.all(rows.map((row) => this.load(row.month)));
  }
}
