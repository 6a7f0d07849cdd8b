import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'service_at_location' })
export class ServiceAtLocationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ name: 'location_id', type: 'uuid' })
  locationId: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
