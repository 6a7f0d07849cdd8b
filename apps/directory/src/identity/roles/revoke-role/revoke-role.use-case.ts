import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TopicNames, UserRoleRevokedV1, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { eventActorId } from '../../event-actor';
import { IdentityErrors } from '../../identity.errors';
import { RoleGrantEntity } from '../../role-grant.entity';
import { UserAccountEntity } from '../../user-account.entity';
import { assertMayDelegate } from '../role-delegation';
import type { RevokeRoleCommand } from './revoke-role.input';

@Injectable()
export class RevokeRoleUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Revokes the grant; revoking it again returns it unchanged. The grant's holder keeps it until their
   * access token expires (15 minutes by default): the next refresh leaves it out.
   */
  async execute(command: RevokeRoleCommand, actor: Viewer, correlationId: string): Promise<RoleGrantEntity> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const grant = await manager.findOne(RoleGrantEntity, {
        where: { id: command.grantId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!grant) throw IdentityErrors.grantNotFound(command.grantId);
      const holder = await manager.findOneByOrFail(UserAccountEntity, { id: grant.userId });
      assertMayDelegate(actor, grant.role, holder.organisationId);
      if (grant.revokedAt) return { grant, revoked: false };

      grant.revokedAt = new Date();
      grant.revokedBy = eventActorId(actor);
      await manager.update(
        RoleGrantEntity,
        { id: grant.id },
        { revokedAt: grant.revokedAt, revokedBy: grant.revokedBy },
      );
      await this.events.record(
        manager,
        TopicNames.directoryUser,
        createCloudEvent(UserRoleRevokedV1, {
          subject: grant.userId,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: {
            userId: grant.userId,
            grantId: grant.id,
            role: grant.role,
            revokedAt: grant.revokedAt.toISOString(),
            revokedBy: grant.revokedBy,
          },
        }),
      );
      return { grant, revoked: true };
    });
    if (outcome.revoked) this.events.flush();
    return outcome.grant;
  }
}
