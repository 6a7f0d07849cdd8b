import { IsNull, type EntityManager } from 'typeorm';
import type { AccessGrant } from '@coordination/auth';
import { RoleGrantEntity } from '../role-grant.entity';

/** The grants a user holds now (not revoked), oldest first, so tokens list them in a stable order. */
export function activeGrantsOf(manager: EntityManager, userId: string): Promise<RoleGrantEntity[]> {
  return manager.find(RoleGrantEntity, {
    where: { userId, revokedAt: IsNull() },
    order: { grantedAt: 'ASC', id: 'ASC' },
  });
}

export function toAccessGrant(grant: RoleGrantEntity): AccessGrant {
  return { role: grant.role, sector: grant.sector, region: grant.regionPcode };
}
