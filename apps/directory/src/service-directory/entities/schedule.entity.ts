import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A weekly opening, in Lima time; for one service at one location, or for the service as a whole. */
@Entity({ name: 'schedule' })
export class ScheduleEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ name: 'service_at_location_id', type: 'uuid', nullable: true })
  serviceAtLocationId: string | null;

  @Column({ type: 'text' })
  freq: 'WEEKLY';

  /** RFC 5545 days, comma separated (`MO,TU,WE`); null means every day. */
  @Column({ type: 'text', nullable: true })
  byday: string | null;

  /** HH:MM:SS */
  @Column({ name: 'opens_at', type: 'time' })
  opensAt: string;

  /** HH:MM:SS; 24:00:00 for "until midnight". */
  @Column({ name: 'closes_at', type: 'time' })
  closesAt: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
