import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'required_document' })
export class RequiredDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  @Column({ type: 'text' })
  document: string;

  @Column({ type: 'smallint' })
  position: number;
}
