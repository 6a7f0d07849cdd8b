import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, assertAuthorized, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { OrganisationModel } from './organisation.model';
import { toOrganisationModel } from './organisation-model.mapper';
import { MergeOrganisationsInput, mergeOrganisationsSchema } from './merge-organisations/merge-organisations.input';
import { MergeOrganisationsUseCase } from './merge-organisations/merge-organisations.use-case';
import {
  RegisterOrganisationInput,
  registerOrganisationSchema,
} from './register-organisation/register-organisation.input';
import { RegisterOrganisationUseCase } from './register-organisation/register-organisation.use-case';
import { UpdateOrganisationInput, updateOrganisationSchema } from './update-organisation/update-organisation.input';
import { UpdateOrganisationUseCase } from './update-organisation/update-organisation.use-case';

@Resolver(() => OrganisationModel)
export class OrganisationMutationsResolver {
  constructor(
    private readonly registerOrganisationUseCase: RegisterOrganisationUseCase,
    private readonly updateOrganisationUseCase: UpdateOrganisationUseCase,
    private readonly mergeOrganisationsUseCase: MergeOrganisationsUseCase,
  ) {}

  @Mutation(() => OrganisationModel, { description: 'Registers a partner organisation in the directory.' })
  @Authenticated('PLATFORM_ADMIN')
  async registerOrganisation(
    @Args('input') input: RegisterOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<OrganisationModel> {
    const command = parseInput(registerOrganisationSchema, input);
    return toOrganisationModel(
      await this.registerOrganisationUseCase.execute(command, viewer, correlationIdOf(request)),
    );
  }

  @Mutation(() => OrganisationModel, {
    description: 'Changes an organisation’s profile: platform admins, or the organisation’s own partner admins.',
  })
  @Authenticated()
  async updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<OrganisationModel> {
    const command = parseInput(updateOrganisationSchema, input);
    assertAuthorized(viewer, 'update', { organisationId: command.id });
    return toOrganisationModel(await this.updateOrganisationUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => OrganisationModel, {
    description: 'Folds a duplicate into another organisation; returns the surviving record.',
  })
  @Authenticated('PLATFORM_ADMIN')
  async mergeOrganisations(
    @Args('input') input: MergeOrganisationsInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<OrganisationModel> {
    const command = parseInput(mergeOrganisationsSchema, input);
    return toOrganisationModel(await this.mergeOrganisationsUseCase.execute(command, viewer, correlationIdOf(request)));
  }
}
