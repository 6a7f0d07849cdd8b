import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { OrganisationErrors } from '../../organisations/organisation.errors';
import { IntegratorClientEntity } from '../integrator-client.entity';
import { IntegratorErrors } from '../integrator.errors';
import type { RegisterIntegratorClientCommand } from '../integrator.schemas';

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

@Injectable()
export class RegisterIntegratorClientUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the client and its secret; the secret is never stored or shown again. */
  async execute(
    command: RegisterIntegratorClientCommand,
    actor: Viewer,
  ): Promise<{ client: IntegratorClientEntity; clientSecret: string }> {
    const clientSecret = randomBytes(32).toString('base64url');
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
        secretHash: hashClientSecret(clientSecret),
        createdAt: new Date(),
        createdBy: actor.userId,
      });
      await manager.insert(IntegratorClientEntity, created);
      return created;
    });
    return { client, clientSecret };
  }
}
