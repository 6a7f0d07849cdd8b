import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReportingPeriodStatus = 'OPEN' | 'LOCKED';

/** A month with a lock history; a month without a row has never been locked and is open. */
@Entity({ name: 'reporting_period' })
export class ReportingPeriodEntity {
  @PrimaryColumn({ type: 'text' })
  month: string;

  @Column({ type: 'text' })
  status: ReportingPeriodStatus;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
