import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashOpaqueSecret, newOpaqueSecret, type Viewer } from '@coordination/auth';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { OrganisationErrors } from '../../organisations/organisation.errors';
import { IntegratorClientEntity } from '../integrator-client.entity';
import { IntegratorErrors } from '../integrator.errors';
import type { RegisterIntegratorClientCommand } from '../integrator.schemas';

@Injectable()
export class RegisterIntegratorClientUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the client and its secret; the secret is never stored or shown again. */
  async execute(
    command: RegisterIntegratorClientCommand,
    actor: Viewer,
  ): Promise<{ client: IntegratorClientEntity; clientSecret: string }> {
    const clientSecret = newOpaqueSecret();
    const client = await this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneBy(OrganisationEntity, { id: command.organisationId });
      if (!organisation) throw OrganisationErrors.notFound(command.organisationId, 'input.organisationId');
      if (organisation.status !== 'ACTIVE')
        throw OrganisationErrors.notActive(command.organisationId, 'input.organisationId');
      if (await manager.existsBy(IntegratorClientEntity, { clientId: command.clientId })) {
        throw IntegratorErrors.clientIdTaken(command.clientId);
      }
      const created = manager.create(IntegratorClientEntity, {
        ...command,
        secretHash: hashOpaqueSecret(clientSecret),
        createdAt: new Date(),
        createdBy: actor.userId,
      });
      await manager.insert(IntegratorClientEntity, created);
      return created;
    });
    return { client, clientSecret };
  }
}
