import { registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@coordination/auth';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'Platform roles (DESIGN.md, "Identity and access").' });
