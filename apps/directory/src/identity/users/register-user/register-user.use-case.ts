import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TopicNames, UserRegisteredV1, createCloudEvent } from '@coordination/contracts';
import { assertAuthorized, type Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { OrganisationEntity } from '../../../organisations/organisation.entity';
import { OrganisationErrors } from '../../../organisations/organisation.errors';
import { IdentityErrors } from '../../identity.errors';
import { hashPassword } from '../../passwords/password-hasher';
import { assertStrongPassword } from '../../passwords/password-policy';
import { UserAccountEntity } from '../../user-account.entity';
import type { RegisterUserCommand } from './register-user.input';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class RegisterUserUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(command: RegisterUserCommand, actor: Viewer, correlationId: string): Promise<UserAccountEntity> {
    assertAuthorized(actor, 'manage-users', { organisationId: command.organisationId });
    assertStrongPassword(command.password, command.email);
    // Hashed before the transaction opens: tens of milliseconds of CPU need not hold a connection.
    const passwordHash = await hashPassword(command.password);
    const user = await this.dataSource.transaction(async (manager) => {
      await this.assertOrganisationActive(manager, command.organisationId);
      await this.assertEmailFree(manager, command.email);
      const registered = manager.create(UserAccountEntity, {
        id: randomUUID(),
        organisationId: command.organisationId,
        email: command.email,
        displayName: command.displayName,
        passwordHash,
        status: 'active',
        createdAt: new Date(),
      });
      try {
        await manager.insert(UserAccountEntity, registered);
      } catch (error) {
        // Another registration of the same address committed between the check and the insert.
        if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw IdentityErrors.emailTaken();
        throw error;
      }
      await this.events.record(
        manager,
        TopicNames.directoryUser,
        createCloudEvent(UserRegisteredV1, {
          subject: registered.id,
          source: '/coordination/directory',
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          // Ids and time only: the address and the name stay in the directory.
          data: {
            userId: registered.id,
            organisationId: registered.organisationId,
            registeredAt: registered.createdAt.toISOString(),
          },
        }),
      );
      return registered;
    });
    this.events.flush();
    return user;
  }

  /** Locked for share so a concurrent merge cannot fold the organisation away under the new account. */
  private async assertOrganisationActive(manager: EntityManager, organisationId: string): Promise<void> {
    const organisation = await manager.findOne(OrganisationEntity, {
      where: { id: organisationId },
      lock: { mode: 'pessimistic_read' },
    });
    if (!organisation) throw OrganisationErrors.notFound(organisationId, 'input.organisationId');
    if (organisation.status !== 'ACTIVE') throw OrganisationErrors.notActive(organisationId, 'input.organisationId');
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager
      .createQueryBuilder(UserAccountEntity, 'user')
      .where('lower(user.email) = lower(:email)', { email })
      .getExists();
    if (taken) throw IdentityErrors.emailTaken();
  }
}
