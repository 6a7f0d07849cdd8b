import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Another system (KoboToolbox, an agency's registration platform, HDX) acting for an organisation. */
@Entity({ name: 'integrator_client' })
export class IntegratorClientEntity {
  @PrimaryColumn({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  /** SHA-256 of a 256-bit random secret: high entropy makes a slow password hash unnecessary. */
  @Column({ name: 'secret_hash', type: 'text' })
  secretHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;
}
