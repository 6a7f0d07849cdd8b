import { registerEnumType } from '@nestjs/graphql';
import type { UserStatus } from '../user-account.entity';

export const UserStatusEnum: { ACTIVE: UserStatus; DISABLED: UserStatus } = { ACTIVE: 'active', DISABLED: 'disabled' };
registerEnumType(UserStatusEnum, { name: 'UserStatus' });
