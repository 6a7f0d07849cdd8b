import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The directory's organisations as a service knows them from events: 4W reports, assessments and
 * referrals name organisations and check them against this copy without calling the directory.
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

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  aliases: string[];

  @Column({ name: 'region_pcodes', type: 'text', array: true, default: () => `'{}'` })
  regionPcodes: string[];

  @Column({ type: 'text', default: 'ACTIVE' })
  status: 'ACTIVE' | 'MERGED';

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** Time of the event last applied: an older event arriving late is ignored. */
  @Column({ name: 'source_event_time', type: 'timestamptz', nullable: true })
  sourceEventTime: Date | null;

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId: string;

  @Column({ name: 'replicated_at', type: 'timestamptz', default: () => 'now()' })
  replicatedAt: Date;
}
