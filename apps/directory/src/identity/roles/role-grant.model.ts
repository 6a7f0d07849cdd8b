import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@coordination/auth';
import type { RoleGrantEntity } from '../role-grant.entity';
import { RoleEnum } from './role.enum';

@ObjectType('RoleGrant', { description: 'A role held by a user, scoped to a sector and region for coordinators.' })
export class RoleGrantModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => String, { nullable: true, description: 'Sector code (EDU, PRO, WSH...) for sector coordinators.' })
  sector: string | null;

  @Field(() => String, { nullable: true, description: 'Department P-code (PE15) narrowing a sector coordinator.' })
  regionPcode: string | null;

  @Field(() => GraphQLISODateTime)
  grantedAt: Date;

  @Field()
  grantedBy: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy: string | null;
}

export function toRoleGrantModel(entity: RoleGrantEntity): RoleGrantModel {
  return {
    id: entity.id,
    userId: entity.userId,
    role: entity.role,
    sector: entity.sector,
    regionPcode: entity.regionPcode,
    grantedAt: entity.grantedAt,
    grantedBy: entity.grantedBy,
    revokedAt: entity.revokedAt,
    revokedBy: entity.revokedBy,
  };
}
