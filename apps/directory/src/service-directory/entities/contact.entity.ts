import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contact point of a service: a role or desk the public may reach, published as such. */
@Entity({ name: 'contact' })
export class ContactEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  department: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
