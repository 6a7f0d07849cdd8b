import { createHash } from 'node:crypto';
import type { Viewer } from '@coordination/auth';

/** CloudEvents `source` of everything this service publishes. */
export const ACTIVITIES_EVENT_SOURCE = '/coordination/activities';

/**
 * Who acted, as events may name them. Accounts are identified by a UUID; the development issuer
 * accepts any user id, including an e-mail address, which must not travel in an event, so such an
 * id is replaced by a digest that still tells the same actor apart.
 */
export function eventActorId(actor: Pick<Viewer, 'userId'>): string {
  if (!actor.userId.includes('@')) return actor.userId;
  return `sha256:${createHash('sha256').update(actor.userId).digest('hex').slice(0, 32)}`;
}
