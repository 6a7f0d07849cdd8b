import { IsNull, type EntityManager } from 'typeorm';
import { RefreshTokenEntity } from '../refresh-token.entity';

/** Ends a session: every token of the family that is still live is revoked. */
export async function revokeFamily(manager: EntityManager, familyId: string, at: Date): Promise<void> {
  await manager.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
}

/** The stored token a client presents, locked so two refreshes of it cannot both succeed. */
export function findPresentedToken(manager: EntityManager, tokenHash: string): Promise<RefreshTokenEntity | null> {
  return manager.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
}
