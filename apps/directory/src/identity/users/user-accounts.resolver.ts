import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { OrganisationModel } from '../../organisations/organisation.model';
import { OrganisationLookup } from './organisation-lookup';
import { RegisterUserInput, registerUserSchema } from './register-user/register-user.input';
import { RegisterUserUseCase } from './register-user/register-user.use-case';
import { UserAccountModel, toUserAccountModel } from './user-account.model';

@Resolver(() => UserAccountModel)
export class UserAccountsResolver {
  constructor(
    private readonly registerUserUseCase: RegisterUserUseCase,
    private readonly organisations: OrganisationLookup,
  ) {}

  @Mutation(() => UserAccountModel, {
    description: 'Creates a user account. Platform admins for any organisation; partner admins for their own.',
  })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async registerUser(
    @Args('input') input: RegisterUserInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<UserAccountModel> {
    const command = parseInput(registerUserSchema, input);
    return toUserAccountModel(await this.registerUserUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @ResolveField('organisation', () => OrganisationModel)
  organisation(@Parent() user: UserAccountModel): Promise<OrganisationModel> {
    return this.organisations.byId(user.organisationId);
  }
}
