import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { DataSharingAgreementEntity } from './data-sharing-agreement.entity';
import { GrantDataSharingAgreementUseCase } from './grant-agreement/grant-data-sharing-agreement.use-case';
import {
  DataSharingAgreementModel,
  GrantDataSharingAgreementInput,
  IntegratorClientRegistrationModel,
  RegisterIntegratorClientInput,
  RevokeDataSharingAgreementInput,
} from './integrator.models';
import {
  grantDataSharingAgreementSchema,
  registerIntegratorClientSchema,
  revokeDataSharingAgreementSchema,
} from './integrator.schemas';
import { RegisterIntegratorClientUseCase } from './register-client/register-integrator-client.use-case';
import { RevokeDataSharingAgreementUseCase } from './revoke-agreement/revoke-data-sharing-agreement.use-case';

function toAgreementModel(agreement: DataSharingAgreementEntity): DataSharingAgreementModel {
  return {
    id: agreement.id,
    clientId: agreement.clientId,
    eventTypes: agreement.eventTypes,
    allowedFields: Object.entries(agreement.allowedFields).map(([eventType, fields]) => ({ eventType, fields })),
    validFrom: agreement.validFrom,
    validTo: agreement.validTo,
    revokedAt: agreement.revokedAt,
  };
}

/** Integrator clients and their data-sharing agreements: platform admins only. */
@Resolver()
export class IntegratorsResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registerClient: RegisterIntegratorClientUseCase,
    private readonly grantAgreement: GrantDataSharingAgreementUseCase,
    private readonly revokeAgreement: RevokeDataSharingAgreementUseCase,
  ) {}

  @Mutation(() => IntegratorClientRegistrationModel)
  @Authenticated('PLATFORM_ADMIN')
  async registerIntegratorClient(
    @Args('input') input: RegisterIntegratorClientInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<IntegratorClientRegistrationModel> {
    const { client, clientSecret } = await this.registerClient.execute(
      parseInput(registerIntegratorClientSchema, input),
      viewer,
    );
    const { clientId, organisationId, name, createdAt } = client;
    return { client: { clientId, organisationId, name, createdAt }, clientSecret };
  }

  @Mutation(() => DataSharingAgreementModel)
  @Authenticated('PLATFORM_ADMIN')
  async grantDataSharingAgreement(
    @Args('input') input: GrantDataSharingAgreementInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<DataSharingAgreementModel> {
    const command = parseInput(grantDataSharingAgreementSchema, input);
    const agreement = await this.grantAgreement.execute(command, viewer, correlationIdOf(request));
    return toAgreementModel(agreement);
  }

  @Mutation(() => DataSharingAgreementModel)
  @Authenticated('PLATFORM_ADMIN')
  async revokeDataSharingAgreement(
    @Args('input') input: RevokeDataSharingAgreementInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<DataSharingAgreementModel> {
    const { agreementId } = parseInput(revokeDataSharingAgreementSchema, input);
    const agreement = await this.revokeAgreement.execute(agreementId, viewer, correlationIdOf(request));
    return toAgreementModel(agreement);
  }

  @Query(() => [DataSharingAgreementModel])
  @Authenticated('PLATFORM_ADMIN')
  async dataSharingAgreements(@Args('clientId') clientId: string): Promise<DataSharingAgreementModel[]> {
    const agreements = await this.dataSource.manager.find(DataSharingAgreementEntity, {
      where: { clientId },
      order: { grantedAt: 'DESC' },
    });
    return agreements.map(toAgreementModel);
  }
}
