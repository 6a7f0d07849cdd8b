import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A language staff speak when delivering the service (not one offered only through interpreters). */
@Entity({ name: 'language' })
export class LanguageEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId: string;

  /** ISO 639-1. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'smallint' })
  position: number;
}
