import { InjectDataSource } from '@nestjs/typeorm';
import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authenticated, CurrentViewer, distinctRoles, type Viewer } from '@coordination/auth';
import { OrganisationModel } from '../../organisations/organisation.model';
import { IdentityErrors } from '../identity.errors';
import { activeGrantsOf, toAccessGrant } from '../roles/active-grants';
import { toRoleGrantModel } from '../roles/role-grant.model';
import { UserAccountEntity } from '../user-account.entity';
import { MeModel } from './me.model';
import { OrganisationLookup } from './organisation-lookup';
import { isUuid } from '@coordination/graphql';

@Resolver(() => MeModel)
export class MeResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationLookup,
  ) {}

  /** Callers without an account here (development tokens, an external provider's users) get USER.NOT_FOUND. */
  @Query(() => MeModel, { description: 'The signed-in user: account, organisation and current roles.' })
  @Authenticated()
  async me(@CurrentViewer() viewer: Viewer): Promise<MeModel> {
    const manager = this.dataSource.manager;
    const user = isUuid(viewer.userId) ? await manager.findOneBy(UserAccountEntity, { id: viewer.userId }) : null;
    if (!user) throw IdentityErrors.userNotFound();
    const grants = await activeGrantsOf(manager, user.id);
    return {
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: distinctRoles(grants.map(toAccessGrant)),
      grants: grants.map(toRoleGrantModel),
      organisationId: user.organisationId,
    };
  }

  @ResolveField('organisation', () => OrganisationModel)
  organisation(@Parent() me: MeModel): Promise<OrganisationModel> {
    return this.organisations.byId(me.organisationId);
  }
}
