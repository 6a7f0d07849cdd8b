import { randomUUID } from 'node:crypto';
import { Args, Context, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { parseInput } from '@coordination/graphql';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationModel } from './organisation.model';
import {
  RegisterOrganisationInput,
  registerOrganisationSchema,
} from './register-organisation/register-organisation.input';
import { RegisterOrganisationUseCase } from './register-organisation/register-organisation.use-case';

function toModel(entity: OrganisationEntity): OrganisationModel {
  return {
    id: entity.id,
    name: entity.name,
    acronym: entity.acronym,
    type: entity.type,
    registeredAt: entity.registeredAt,
  };
}

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly registerOrganisationUseCase: RegisterOrganisationUseCase,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => OrganisationModel, { description: 'Registers a partner organisation in the directory.' })
  @Authenticated('PLATFORM_ADMIN')
  async registerOrganisation(
    @Args('input') input: RegisterOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<OrganisationModel> {
    const command = parseInput(registerOrganisationSchema, input);
    const correlationId = request.header('x-correlation-id') ?? randomUUID();
    return toModel(await this.registerOrganisationUseCase.execute(command, viewer, correlationId));
  }

  @Query(() => OrganisationModel, { nullable: true })
  @Authenticated()
  async organisation(@Args('id', { type: () => ID }) id: string): Promise<OrganisationModel | null> {
    const entity = await this.findById(id);
    return entity ? toModel(entity) : null;
  }

  @ResolveReference()
  async resolveReference(reference: { id: string }): Promise<OrganisationModel | null> {
    const entity = await this.findById(reference.id);
    return entity ? toModel(entity) : null;
  }

  private findById(id: string): Promise<OrganisationEntity | null> {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    return isUuid ? this.dataSource.getRepository(OrganisationEntity).findOneBy({ id }) : Promise.resolve(null);
  }
}
