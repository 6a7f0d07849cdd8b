import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@coordination/contracts';
import type { OrganisationStatus } from './organisation.entity';

export const OrganisationTypeEnum = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, type])) as {
  [K in OrganisationType]: K;
};
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });

export const OrganisationStatusEnum = { ACTIVE: 'ACTIVE', MERGED: 'MERGED' } as const;
registerEnumType(OrganisationStatusEnum, {
  name: 'OrganisationStatus',
  description: 'MERGED: a duplicate folded into another record (see mergedInto).',
});

@ObjectType('OrganisationIdentifier')
export class OrganisationIdentifierModel {
  @Field()
  scheme: string;

  @Field()
  value: string;
}

@ObjectType('Organisation')
@Directive('@key(fields: "id")')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;

  @Field(() => [String])
  aliases: string[];

  @Field(() => [OrganisationIdentifierModel])
  identifiers: OrganisationIdentifierModel[];

  @Field(() => ID, { nullable: true })
  parentOrganisationId: string | null;

  @Field()
  workingGroupMember: boolean;

  @Field(() => [String], { description: 'Department P-codes where the organisation works.' })
  regionPcodes: string[];

  @Field(() => OrganisationStatusEnum)
  status: OrganisationStatus;

  @Field(() => ID, { nullable: true })
  mergedIntoId: string | null;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => Int)
  version: number;
}
