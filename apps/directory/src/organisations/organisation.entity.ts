import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OrganisationType } from '@coordination/contracts';

@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text' })
  type: OrganisationType;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'registered_by', type: 'text' })
  registeredBy: string;
}
