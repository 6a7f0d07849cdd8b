import { Field, InputType, ObjectType } from '@nestjs/graphql';

// GraphQL mirrors of the vault's PersonalData (apps/referrals/src/personal-data): the vault's zod
// schema is what validates and bounds them.

@InputType('IdentityDocumentInput')
export class IdentityDocumentInput {
  @Field({ description: 'PASSPORT, CEDULA, PTP, CPP, CARNE_EXTRANJERIA, DNI, OTHER...' })
  type: string;

  @Field()
  number: string;
}

@ObjectType('IdentityDocument')
export class IdentityDocumentModel {
  @Field()
  type: string;

  @Field()
  number: string;
}

@InputType('HouseholdMemberInput')
export class HouseholdMemberInput {
  @Field(() => String, { nullable: true })
  givenNames?: string | null;

  @Field(() => String, { nullable: true })
  familyNames?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  sex?: string | null;

  @Field(() => String, { nullable: true })
  relationship?: string | null;
}

@ObjectType('HouseholdMember')
export class HouseholdMemberModel {
  @Field(() => String, { nullable: true })
  givenNames?: string | null;

  @Field(() => String, { nullable: true })
  familyNames?: string | null;

  @Field(() => String, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  sex?: string | null;

  @Field(() => String, { nullable: true })
  relationship?: string | null;
}

@InputType('CasePersonalDataInput', { description: 'Sealed at rest with the organisation’s key; never in events.' })
export class CasePersonalDataInput {
  @Field()
  givenNames: string;

  @Field()
  familyNames: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  sex?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 (VEN, COL, PER...)' })
  nationality?: string | null;

  @Field(() => IdentityDocumentInput, { nullable: true })
  document?: IdentityDocumentInput | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Specific-needs flags of the taxonomy.' })
  specificNeeds?: string[] | null;

  @Field(() => [HouseholdMemberInput], { nullable: true })
  householdMembers?: HouseholdMemberInput[] | null;
}

@ObjectType('CasePersonalDataFields')
export class CasePersonalDataFieldsModel {
  @Field()
  givenNames: string;

  @Field()
  familyNames: string;

  @Field(() => String, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  sex?: string | null;

  @Field(() => String, { nullable: true })
  nationality?: string | null;

  @Field(() => IdentityDocumentModel, { nullable: true })
  document?: IdentityDocumentModel | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true })
  specificNeeds?: string[] | null;

  @Field(() => [HouseholdMemberModel], { nullable: true })
  householdMembers?: HouseholdMemberModel[] | null;
}

@ObjectType('CasePersonalData', { description: 'A case’s personal data as read (and audited) for a purpose.' })
export class CasePersonalDataModel {
  @Field()
  caseId: string;

  @Field(() => CasePersonalDataFieldsModel)
  personalData: CasePersonalDataFieldsModel;

  @Field(() => [String], { description: 'The fields that held a value, as the audit record lists them.' })
  fields: string[];
}
