import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';

@ObjectType('ReferralReceiver', { description: 'A service of the directory that can receive a referral.' })
export class ReferralReceiverModel {
  @Field(() => ID)
  serviceId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => String, {
    description: 'The organisation name as the referrals service knows it; null when not replicated yet.',
    nullable: true,
  })
  organisationName: string | null;

  @Field()
  serviceName: string;

  @Field({ description: 'HSDS status: active, inactive, defunct, temporarily closed.' })
  status: string;

  @Field(() => [String], { description: 'SECTOR and SECTOR/SUB codes offered.' })
  sectorCodes: string[];

  @Field(() => [String])
  locationPcodes: string[];

  @Field(() => [String])
  languages: string[];

  @Field(() => [String])
  populationGroups: string[];
}

export const ReferralReceiverConnection = ConnectionType(ReferralReceiverModel, 'ReferralReceiverConnection');
