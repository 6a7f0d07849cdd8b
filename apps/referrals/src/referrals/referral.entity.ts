import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReferralOutcome, ReferralRejectionReason, ReferralStatus } from '@coordination/contracts';
import type { ReferralPriority } from '@coordination/taxonomies';

/** A case referred from one organisation to another (or to one of its services), under a consent. */
@Entity({ name: 'referral' })
export class ReferralEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'consent_id', type: 'uuid' })
  consentId: string;

  @Column({ name: 'sending_organisation_id', type: 'uuid' })
  sendingOrganisationId: string;

  @Column({ name: 'receiving_organisation_id', type: 'uuid' })
  receivingOrganisationId: string;

  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId: string | null;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'sub_sector', type: 'text', nullable: true })
  subSector: string | null;

  /** What the receiver is asked to provide, in the sender's words (kept here, never in events). */
  @Column({ name: 'services_requested', type: 'text', array: true })
  servicesRequested: string[];

  @Column({ type: 'text' })
  priority: ReferralPriority;

  @Column({ name: 'place_pcode', type: 'text' })
  placePcode: string;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'forwarded_from_id', type: 'uuid', nullable: true })
  forwardedFromId: string | null;

  @Column({ name: 'forwarded_to_id', type: 'uuid', nullable: true })
  forwardedToId: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'sent_by', type: 'text' })
  sentBy: string;

  /** First-response deadline from the priority. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** First response (accepted or rejected). */
  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** When the sweeper found it overdue and announced it; set once. */
  @Column({ name: 'overdue_at', type: 'timestamptz', nullable: true })
  overdueAt: Date | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: ReferralRejectionReason | null;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  outcome: ReferralOutcome | null;

  /**
   * The reason for the referral and the receiver's note or feedback, sealed by the vault under the
   * sending organisation's key (see notes/referral-notes.ts): free text about a person is personal data.
   */
  @Column({ name: 'notes_key_id', type: 'uuid' })
  notesKeyId: string;

  @Column({ name: 'notes_sealed', type: 'bytea' })
  notesSealed: Buffer;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
