import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which event types (and, for sensitive ones, which fields) an integrator may receive, and until when. */
@Entity({ name: 'data_sharing_agreement' })
export class DataSharingAgreementEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'client_id', type: 'text' })
  clientId: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes: string[];

  /** Event type -> the only `data` fields delivered; a type not listed here is delivered whole. */
  @Column({ name: 'allowed_fields', type: 'jsonb' })
  allowedFields: Record<string, string[]>;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom: Date;

  @Column({ name: 'valid_to', type: 'timestamptz' })
  validTo: Date;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy: string;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;
}

export function isAgreementActive(agreement: DataSharingAgreementEntity, at: Date): boolean {
  return !agreement.revokedAt && agreement.validFrom <= at && at < agreement.validTo;
}
