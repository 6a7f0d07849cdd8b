import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'service_sector' })
export class ServiceSectorEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  /** The plan year whose sector taxonomy the codes belong to. */
  @Column({ name: 'plan_year', type: 'smallint' })
  planYear: number;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'sub_sector', type: 'text', nullable: true })
  subSector: string | null;
}
