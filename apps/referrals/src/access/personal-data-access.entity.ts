import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACCESS_PURPOSES = [
  'CASE_MANAGEMENT',
  'REFERRAL_REVIEW',
  'SERVICE_DELIVERY',
  'FOLLOW_UP',
  'EXPORT',
] as const;
export type AccessPurpose = (typeof ACCESS_PURPOSES)[number];

/**
 * One read of a case's personal data: who, from which organisation, when, which fields, why, and
 * under which referral when the reader is a receiver. Append-only: a trigger refuses UPDATE, DELETE
 * and TRUNCATE, and no API writes it other than by reading.
 */
@Entity({ name: 'personal_data_access' })
export class PersonalDataAccessEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'accessed_at', type: 'timestamptz' })
  accessedAt: Date;

  @Column({ name: 'user_id', type: 'text' })
  userId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  @Column({ type: 'text', array: true })
  fields: string[];

  @Column({ type: 'text' })
  purpose: AccessPurpose;
}
