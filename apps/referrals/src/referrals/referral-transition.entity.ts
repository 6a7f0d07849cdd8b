import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferralStatus } from '@coordination/contracts';

/** One step of a referral's life: who moved it, from which organisation, when. */
@Entity({ name: 'referral_transition' })
export class ReferralTransitionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ReferralStatus | 'OVERDUE';

  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
