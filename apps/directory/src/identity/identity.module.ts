import { Module } from '@nestjs/common';
import { loadServiceConfig } from '@coordination/config';
import { OrganisationsModule } from '../organisations/organisations.module';
import { IdentityHousekeeping } from './housekeeping/identity-housekeeping';
import { IdentityTokens } from './identity-tokens';
import { GrantRoleUseCase } from './roles/grant-role/grant-role.use-case';
import { RevokeRoleUseCase } from './roles/revoke-role/revoke-role.use-case';
import { RolesResolver } from './roles/roles.resolver';
import { JwksController } from './sessions/jwks.controller';
import { LoginThrottle } from './sessions/login/login-throttle';
import { LoginUseCase } from './sessions/login/login.use-case';
import { LogoutUseCase } from './sessions/logout/logout.use-case';
import { RefreshSessionUseCase } from './sessions/refresh-session/refresh-session.use-case';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionsResolver } from './sessions/sessions.resolver';
import { MeResolver } from './users/me.resolver';
import { OrganisationLookup } from './users/organisation-lookup';
import { RegisterUserUseCase } from './users/register-user/register-user.use-case';
import { UserAccountsResolver } from './users/user-accounts.resolver';

/** Users, password credentials, refresh tokens and role grants; the platform's built-in token issuer. */
@Module({
  imports: [OrganisationsModule],
  controllers: [JwksController],
  providers: [
    // The directory's root module imports this module without arguments, so the issuer reads the same
    // validated environment main.ts does (loadServiceConfig refuses a bad value by name).
    { provide: IdentityTokens, useFactory: () => IdentityTokens.fromConfig(loadServiceConfig('directory').auth) },
    SessionIssuer,
    LoginThrottle,
    LoginUseCase,
    IdentityHousekeeping,
    RefreshSessionUseCase,
    LogoutUseCase,
    RegisterUserUseCase,
    GrantRoleUseCase,
    RevokeRoleUseCase,
    OrganisationLookup,
    SessionsResolver,
    UserAccountsResolver,
    MeResolver,
    RolesResolver,
  ],
})
export class IdentityModule {}
