import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';

/** An organisation as the 4W service knows it (its replica of the directory). */
@ObjectType('PartnerOrganisation')
export class PartnerOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  acronym: string | null;

  @Field()
  type: string;
}

export const PartnerOrganisationConnection = ConnectionType(PartnerOrganisationModel, 'PartnerOrganisationConnection');
