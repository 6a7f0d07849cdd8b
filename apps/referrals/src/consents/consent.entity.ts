import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConsentPurpose } from '@coordination/contracts';

export const CONSENT_GIVERS = ['PERSON', 'GUARDIAN', 'AUTHORISED_OVERRIDE'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const CONSENT_METHODS = ['WRITTEN', 'VERBAL', 'DIGITAL'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/**
 * What the person (or for a child, the guardian or an authorised override) agreed to: which
 * organisations may receive their data, for which purposes. A referral is only sent under a consent
 * covering its receiver; a revoked consent stops sharing and hides the data from the receivers.
 */
@Entity({ name: 'consent' })
export class ConsentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** The organisation whose case worker recorded it. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'given_by', type: 'text' })
  givenBy: ConsentGiver;

  /** For a guardian: the relationship (MOTHER, FATHER, LEGAL_GUARDIAN, OTHER_RELATIVE...), never a name. */
  @Column({ name: 'guardian_relationship', type: 'text', nullable: true })
  guardianRelationship: string | null;

  /** For an authorised override (a child without a guardian at hand): why, in words. */
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  @Column({ name: 'recipient_organisation_ids', type: 'uuid', array: true })
  recipientOrganisationIds: string[];

  @Column({ type: 'text', array: true })
  purposes: ConsentPurpose[];

  @Column({ type: 'text' })
  method: ConsentMethod;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'revoked_by', type: 'text', nullable: true })
  revokedBy: string | null;
}
