import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person or household known to the organisation that registered it, under a pseudonymous id.
 * The personal data is only ever here sealed (envelope encryption, key per organisation): nothing
 * else in this row says who the person is.
 */
@Entity({ name: 'referral_case' })
export class ReferralCaseEntity {
  /** Pseudonymous case id: random, meaningless outside this service, safe in events. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** The organisation's data key the personal data is sealed with. */
  @Column({ name: 'data_key_id', type: 'text' })
  dataKeyId: string;

  @Column({ type: 'bytea' })
  sealed: Buffer;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy: string;
}
