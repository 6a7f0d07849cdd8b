import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A phone number of a service, or of one of its contacts. */
@Entity({ name: 'phone' })
export class PhoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'text' })
  number: string;

  /** RFC 6350 type, as HSDS uses: voice, text, cell, fax, video, pager, textphone. */
  @Column({ type: 'text', nullable: true })
  type: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
