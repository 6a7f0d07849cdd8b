import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OrganisationKeyPurpose = 'DATA' | 'INDEX';

/**
 * An organisation's key, wrapped by a master key. DATA keys seal case records (a new one can be
 * started at any time; retired ones still open old records); the INDEX key makes the blind-index
 * terms and never changes, or every case would need re-indexing.
 */
@Entity({ name: 'organisation_key' })
export class OrganisationKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  purpose: OrganisationKeyPurpose;

  @Column({ name: 'wrapped_key', type: 'bytea' })
  wrappedKey: Buffer;

  @Column({ name: 'master_key_id', type: 'text' })
  masterKeyId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
