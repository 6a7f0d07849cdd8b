import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { TopicNames, UserRoleGrantedV1, createCloudEvent } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { eventActorId } from '../../event-actor';
import { IdentityErrors } from '../../identity.errors';
import { RoleGrantEntity } from '../../role-grant.entity';
import { UserAccountEntity } from '../../user-account.entity';
import { assertMayDelegate } from '../role-delegation';
import type { GrantRoleCommand } from './grant-role.input';

@Injectable()
export class GrantRoleUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  /** Grants the role, or returns the identical grant the user already holds (no second event). */
  async execute(command: GrantRoleCommand, actor: Viewer, correlationId: string): Promise<RoleGrantEntity> {
    const grant = await this.dataSource.transaction(async (manager) => {
      // Locking the user serialises grants to one user, so two identical requests make one grant.
      const user = await manager.findOne(UserAccountEntity, {
        where: { id: command.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw IdentityErrors.userNotFound('input.userId');
      assertMayDelegate(actor, command.role, user.organisationId);
      const held = await manager.findOneBy(RoleGrantEntity, {
        userId: user.id,
        role: command.role,
        sector: command.sector ?? IsNull(),
        regionPcode: command.regionPcode ?? IsNull(),
        revokedAt: IsNull(),
      });
      if (held) return { grant: held, created: false };

      const granted = manager.create(RoleGrantEntity, {
        id: randomUUID(),
        userId: user.id,
        role: command.role,
        sector: command.sector,
        regionPcode: command.regionPcode,
        grantedBy: eventActorId(actor),
        grantedAt: new Date(),
        revokedAt: null,
        revokedBy: null,
      });
      await manager.insert(RoleGrantEntity, granted);
      await this.events.record(
        manager,
        TopicNames.directoryUser,
        createCloudEvent(UserRoleGrantedV1, {
          subject: user.id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          data: {
            userId: user.id,
            organisationId: user.organisationId,
            grantId: granted.id,
            role: granted.role,
            sector: granted.sector,
            regionPcode: granted.regionPcode,
            grantedAt: granted.grantedAt.toISOString(),
            grantedBy: granted.grantedBy,
          },
        }),
      );
      return { grant: granted, created: true };
    });
    if (grant.created) this.events.flush();
    return grant.grant;
  }
}
