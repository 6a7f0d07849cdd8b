import { createHash } from 'node:crypto';
import type { Viewer } from '@coordination/auth';

/** CloudEvents `source` of everything this service publishes. */
export const REFERRALS_EVENT_SOURCE = '/coordination/referrals';

/**
 * Who acted, as a stored column names them. The development issuer accepts an e-mail address as a
 * user id; that is personal data, so such an id is kept as a digest that still tells actors apart.
 */
export function actorId(actor: Pick<Viewer, 'userId'>): string {
  if (!actor.userId.includes('@')) return actor.userId;
  return `sha256:${createHash('sha256').update(actor.userId).digest('hex').slice(0, 32)}`;
}
