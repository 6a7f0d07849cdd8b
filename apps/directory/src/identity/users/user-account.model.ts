import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { UserAccountEntity, UserStatus } from '../user-account.entity';
import { UserStatusEnum } from './user-status.enum';

@ObjectType('UserAccount', { description: 'A person who signs in, member of one organisation.' })
export class UserAccountModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => UserStatusEnum)
  status: UserStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Resolved into `organisation` on demand. */
  organisationId: string;
}

export function toUserAccountModel(entity: UserAccountEntity): UserAccountModel {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    status: entity.status,
    createdAt: entity.createdAt,
    organisationId: entity.organisationId,
  };
}
