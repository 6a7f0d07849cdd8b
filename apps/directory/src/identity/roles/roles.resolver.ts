import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { GrantRoleInput, grantRoleSchema } from './grant-role/grant-role.input';
import { GrantRoleUseCase } from './grant-role/grant-role.use-case';
import { RevokeRoleInput, revokeRoleSchema } from './revoke-role/revoke-role.input';
import { RevokeRoleUseCase } from './revoke-role/revoke-role.use-case';
import { RoleGrantModel, toRoleGrantModel } from './role-grant.model';

@Resolver(() => RoleGrantModel)
export class RolesResolver {
  constructor(
    private readonly grantRoleUseCase: GrantRoleUseCase,
    private readonly revokeRoleUseCase: RevokeRoleUseCase,
  ) {}

  @Mutation(() => RoleGrantModel, {
    description:
      'Grants a role. Platform admins grant any role; partner admins grant PARTNER_REPORTER or PARTNER_ADMIN within their organisation.',
  })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async grantRole(
    @Args('input') input: GrantRoleInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<RoleGrantModel> {
    const command = parseInput(grantRoleSchema, input);
    return toRoleGrantModel(await this.grantRoleUseCase.execute(command, viewer, correlationIdOf(request)));
  }

  @Mutation(() => RoleGrantModel, { description: 'Revokes a role grant; the same people may revoke as may grant it.' })
  @Authenticated('PLATFORM_ADMIN', 'PARTNER_ADMIN')
  async revokeRole(
    @Args('input') input: RevokeRoleInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<RoleGrantModel> {
    const command = parseInput(revokeRoleSchema, input);
    return toRoleGrantModel(await this.revokeRoleUseCase.execute(command, viewer, correlationIdOf(request)));
  }
}
