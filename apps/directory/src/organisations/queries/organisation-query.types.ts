import { Field, Float, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { OrganisationType } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import { OrganisationModel, OrganisationTypeEnum } from '../organisation.model';

@InputType()
export class OrganisationFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Name, acronym or alias; accents, case and small typos do not matter.',
  })
  search?: string | null;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  type?: OrganisationType | null;

  @Field(() => Boolean, { nullable: true })
  workingGroupMember?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Organisations working in this department (or a unit inside it).',
  })
  regionPcode?: string | null;
}

export const OrganisationConnection = ConnectionType(OrganisationModel, 'OrganisationConnection');

export const OrganisationResolutionStatusEnum = {
  FOUND: 'FOUND',
  AMBIGUOUS: 'AMBIGUOUS',
  NOT_FOUND: 'NOT_FOUND',
} as const;
registerEnumType(OrganisationResolutionStatusEnum, { name: 'OrganisationResolutionStatus' });

@ObjectType('OrganisationCandidate')
export class OrganisationCandidateModel {
  @Field(() => OrganisationModel)
  organisation: OrganisationModel;

  @Field(() => Float, { description: '2 for an exact name or alias; otherwise similarity between 0 and 1.5.' })
  score: number;
}

@ObjectType('OrganisationResolution')
export class OrganisationResolutionModel {
  @Field(() => OrganisationResolutionStatusEnum)
  status: keyof typeof OrganisationResolutionStatusEnum;

  @Field(() => OrganisationModel, { nullable: true })
  organisation: OrganisationModel | null;

  @Field(() => [OrganisationCandidateModel])
  candidates: OrganisationCandidateModel[];
}
