import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The directory's organisations as the needs service knows them from events: assessments name their
 * lead organisations, checked against this copy without calling the directory.
 */
@Entity({ name: 'organisation_replica' })
export class OrganisationReplicaEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: 'ACTIVE' | 'MERGED';

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Time of the event last applied: an older event arriving late is ignored. */
  @Column({ name: 'source_event_time', type: 'timestamptz' })
  sourceEventTime: Date;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId: string;
}
