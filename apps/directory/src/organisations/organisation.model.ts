import { Directive, Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ORGANISATION_TYPES, type OrganisationType } from '@coordination/contracts';

export const OrganisationTypeEnum = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, type])) as {
  [K in OrganisationType]: K;
};
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });

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

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;
}
