import type { EntityManager } from 'typeorm';
import type { ReferralStatus } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { actorId } from '../shared/event-actor';
import { ReferralTransitionEntity } from './referral-transition.entity';

/** The lifecycle: which status may follow which. Anything else is refused. */
export const ALLOWED_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  SENT: ['ACCEPTED', 'REJECTED', 'WITHDRAWN'],
  ACCEPTED: ['COMPLETED', 'FORWARDED', 'WITHDRAWN'],
  REJECTED: [],
  WITHDRAWN: [],
  FORWARDED: [],
  COMPLETED: [],
};

/** Writes who moved a referral from which status to which, and when. */
export async function recordTransition(
  manager: EntityManager,
  referralId: string,
  from: ReferralStatus | null,
  to: ReferralStatus | 'OVERDUE',
  actor: Pick<Viewer, 'userId' | 'organisationId'>,
  at: Date,
): Promise<void> {
  await manager.insert(ReferralTransitionEntity, {
    referralId,
    fromStatus: from,
    toStatus: to,
    actorId: actorId(actor),
    actorOrganisationId: actor.organisationId,
    at,
  });
}
