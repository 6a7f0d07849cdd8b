import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReferralOutcome, ReferralRejectionReason, ReferralStatus } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import type { ReferralPriority } from '@coordination/taxonomies';
import {
  ReferralOutcomeEnum,
  ReferralPriorityEnum,
  ReferralRejectionReasonEnum,
  ReferralStatusEnum,
} from '../shared/referrals-enums';
import type { ReferralEntity } from './referral.entity';

@ObjectType('Referral', {
  description: 'A case referred between organisations. No personal data: see casePersonalData.',
})
export class ReferralModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Pseudonymous case id.' })
  caseId: string;

  @Field(() => ID)
  consentId: string;

  @Field(() => ID)
  sendingOrganisationId: string;

  @Field(() => ID)
  receivingOrganisationId: string;

  @Field(() => ID, { nullable: true })
  serviceId: string | null;

  @Field()
  sector: string;

  @Field(() => String, { nullable: true })
  subSector: string | null;

  @Field(() => [String])
  servicesRequested: string[];

  @Field(() => ReferralPriorityEnum)
  priority: ReferralPriority;

  @Field()
  placePcode: string;

  @Field(() => ReferralStatusEnum)
  status: ReferralStatus;

  @Field({ description: 'Sent, unanswered and past its first-response deadline.' })
  overdue: boolean;

  @Field(() => ID, { nullable: true })
  forwardedFromId: string | null;

  @Field(() => ID, { nullable: true })
  forwardedToId: string | null;

  @Field(() => GraphQLISODateTime)
  sentAt: Date;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt: Date | null;

  @Field(() => ReferralRejectionReasonEnum, { nullable: true })
  rejectionReason: ReferralRejectionReason | null;

  @Field(() => ReferralOutcomeEnum, { nullable: true })
  outcome: ReferralOutcome | null;

  /** The sealed reason and feedback, opened by the `reason` and `feedback` fields for who may read them. */
  notesKeyId: string;
  notesSealed: Buffer;

  @Field(() => Int)
  version: number;
}

export const ReferralConnection = ConnectionType(ReferralModel, 'ReferralConnection');

@ObjectType('ReferralTransition', { description: 'One step of a referral: who, from which organisation, when.' })
export class ReferralTransitionModel {
  @Field(() => ReferralStatusEnum, { nullable: true })
  fromStatus: ReferralStatus | null;

  @Field({ description: 'A status, or OVERDUE when the deadline passed unanswered.' })
  toStatus: string;

  @Field()
  actorId: string;

  @Field(() => ID, { nullable: true })
  actorOrganisationId: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}

@ObjectType('ForwardedReferral')
export class ForwardedReferralModel {
  @Field(() => ReferralModel, { description: 'The accepted referral, now FORWARDED.' })
  forwarded: ReferralModel;

  @Field(() => ReferralModel, { description: 'The new referral to the next receiver.' })
  created: ReferralModel;
}

/** Overdue as the queues show it: still waiting for a first response after the deadline. */
export function isAwaitingPastDeadline(referral: Pick<ReferralEntity, 'status' | 'dueAt'>, now: Date): boolean {
  return referral.status === 'SENT' && referral.dueAt.getTime() < now.getTime();
}

export function toReferralModel(entity: ReferralEntity, now: Date): ReferralModel {
  return {
    id: entity.id,
    caseId: entity.caseId,
    consentId: entity.consentId,
    sendingOrganisationId: entity.sendingOrganisationId,
    receivingOrganisationId: entity.receivingOrganisationId,
    serviceId: entity.serviceId,
    sector: entity.sector,
    subSector: entity.subSector,
    servicesRequested: entity.servicesRequested,
    priority: entity.priority,
    placePcode: entity.placePcode,
    status: entity.status,
    overdue: isAwaitingPastDeadline(entity, now),
    forwardedFromId: entity.forwardedFromId,
    forwardedToId: entity.forwardedToId,
    sentAt: entity.sentAt,
    dueAt: entity.dueAt,
    respondedAt: entity.respondedAt,
    closedAt: entity.closedAt,
    rejectionReason: entity.rejectionReason,
    outcome: entity.outcome,
    notesKeyId: entity.notesKeyId,
    notesSealed: entity.notesSealed,
    version: entity.version,
  };
}
