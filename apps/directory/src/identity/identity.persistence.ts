import { CreateUserAccount1764000200001 } from './migrations/1764000200001-create-user-account';
import { CreateRoleGrant1764000200002 } from './migrations/1764000200002-create-role-grant';
import { CreateRefreshToken1764000200003 } from './migrations/1764000200003-create-refresh-token';
import { CreateLoginThrottle1764000200004 } from './migrations/1764000200004-create-login-throttle';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { UserAccountEntity } from './user-account.entity';

/** Plain class lists, so the directory's data source can concatenate every module's lists into one. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

/** Tables of the identity module (users, password credentials, refresh tokens and role grants), registered by the directory's data source. */
export const IDENTITY_PERSISTENCE: { entities: ClassList; migrations: ClassList } = {
  entities: [UserAccountEntity, RoleGrantEntity, RefreshTokenEntity],
  migrations: [
    CreateUserAccount1764000200001,
    CreateRoleGrant1764000200002,
    CreateRefreshToken1764000200003,
    CreateLoginThrottle1764000200004,
  ],
};
