import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentStatus, AssessmentType } from '@coordination/contracts';
import { ConnectionType } from '@coordination/graphql';
import type { PopulationGroup } from '@coordination/taxonomies';
import { AssessmentStatusEnum, AssessmentTypeEnum, PopulationGroupEnum } from '../shared/needs-enums';

@ObjectType('Assessment', { description: 'An assessment in the registry: needs analysis, survey or monitoring.' })
export class AssessmentModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => AssessmentTypeEnum)
  type: AssessmentType;

  @Field({ description: 'How data was collected and analysed.' })
  method: string;

  @Field(() => [ID], { description: 'Lead organisations (directory ids).' })
  leadOrganisationIds: string[];

  @Field(() => [String], { description: 'Places covered: department, province or district P-codes.' })
  pcodes: string[];

  @Field(() => [PopulationGroupEnum])
  populationGroups: PopulationGroup[];

  @Field(() => [String], { description: 'Sectors covered (codes of the plan year’s taxonomy).' })
  sectors: string[];

  @Field({ description: 'First day of data collection (YYYY-MM-DD).' })
  collectionStart: string;

  @Field({ description: 'Last day of data collection (YYYY-MM-DD).' })
  collectionEnd: string;

  @Field(() => AssessmentStatusEnum)
  status: AssessmentStatus;

  @Field(() => String, { nullable: true, description: 'Link to the source document.' })
  sourceUrl: string | null;

  @Field(() => Int)
  planYear: number;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  registeredAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The newer published assessment that replaced this one.' })
  supersededByAssessmentId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  supersededAt: Date | null;
}

export const AssessmentConnection = ConnectionType(AssessmentModel, 'AssessmentConnection');
