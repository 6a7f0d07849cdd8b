import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@coordination/auth';
import { RoleEnum } from '../roles/role.enum';
import { RoleGrantModel } from '../roles/role-grant.model';

@ObjectType('Me', { description: 'The signed-in user, with the roles they hold now.' })
export class MeModel {
  @Field(() => ID)
  userId: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [RoleEnum], { description: 'Each role held, once.' })
  roles: Role[];

  @Field(() => [RoleGrantModel], { description: 'Live grants; a token issued earlier may still carry older ones.' })
  grants: RoleGrantModel[];

  /** Resolved into `organisation` on demand. */
  organisationId: string;
}
