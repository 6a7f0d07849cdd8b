import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('IntegratorClient')
export class IntegratorClientModel {
  @Field(() => ID)
  clientId: string;

  @Field(() => ID)
  organisationId: string;

  @Field()
  name: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('IntegratorClientRegistration')
export class IntegratorClientRegistrationModel {
  @Field(() => IntegratorClientModel)
  client: IntegratorClientModel;

  @Field({ description: 'Shown once: only its hash is stored.' })
  clientSecret: string;
}

@ObjectType('AllowedEventFields')
export class AllowedEventFieldsModel {
  @Field()
  eventType: string;

  @Field(() => [String])
  fields: string[];
}

@ObjectType('DataSharingAgreement')
export class DataSharingAgreementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => [String])
  eventTypes: string[];

  @Field(() => [AllowedEventFieldsModel], { description: 'Event types restricted to some data fields.' })
  allowedFields: AllowedEventFieldsModel[];

  @Field(() => GraphQLISODateTime)
  validFrom: Date;

  @Field(() => GraphQLISODateTime)
  validTo: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;
}

@InputType()
export class RegisterIntegratorClientInput {
  @Field({ description: 'Lower-case letters, digits and dashes, e.g. kobo-gtrm.' })
  clientId: string;

  @Field()
  name: string;

  @Field(() => ID)
  organisationId: string;
}

@InputType()
export class AllowedEventFieldsInput {
  @Field()
  eventType: string;

  @Field(() => [String])
  fields: string[];
}

@InputType()
export class GrantDataSharingAgreementInput {
  @Field(() => ID)
  clientId: string;

  @Field(() => [String])
  eventTypes: string[];

  @Field(() => [AllowedEventFieldsInput], { nullable: true })
  allowedFields?: AllowedEventFieldsInput[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Default: now.' })
  validFrom?: Date | null;

  @Field(() => GraphQLISODateTime)
  validTo: Date;
}

@InputType()
export class RevokeDataSharingAgreementInput {
  @Field(() => ID)
  agreementId: string;
}
