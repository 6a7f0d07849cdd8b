import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldChange } from './report-content';

export type ReportAction = 'CREATED' | 'UPDATED' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'DELETED';

/** One change to a report: who, when, and each field with its value before and after. */
@Entity({ name: 'activity_report_revision' })
export class ReportRevisionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'report_id', type: 'text' })
  reportId: string;

  /** The report's version after the change. */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  action: ReportAction;

  @Column({ name: 'actor_user_id', type: 'text' })
  actorUserId: string;

  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'jsonb' })
  changes: FieldChange[];

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
