import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A directory service as referrals knows it from `directory.service` events: who offers what, where, for whom. */
@Entity({ name: 'service_replica' })
export class ServiceReplicaEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  /** HSDS status: only `active` services receive referrals. */
  @Column({ type: 'text' })
  status: string;

  /** `SECTOR` and `SECTOR/SUB` codes, so one array overlap answers "offers this sector or sub-sector". */
  @Column({ name: 'sector_codes', type: 'text', array: true })
  sectorCodes: string[];

  @Column({ name: 'location_pcodes', type: 'text', array: true })
  locationPcodes: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ name: 'population_groups', type: 'text', array: true })
  populationGroups: string[];

  @Column({ name: 'source_event_id', type: 'uuid' })
  sourceEventId: string;

  /** Time of the event last applied: an older event arriving late is ignored. */
  @Column({ name: 'source_event_time', type: 'timestamptz' })
  sourceEventTime: Date;
}
