import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One lock or reopening of a month: kept forever, so a reopened month shows who reopened it and why. */
@Entity({ name: 'reporting_period_change' })
export class ReportingPeriodChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  month: string;

  @Column({ type: 'text' })
  action: 'LOCKED' | 'REOPENED';

  @Column({ name: 'actor_user_id', type: 'text' })
  actorUserId: string;

  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
