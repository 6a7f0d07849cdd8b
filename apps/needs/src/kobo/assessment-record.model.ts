import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';

@ObjectType('AssessmentRecord', { description: 'What one data-collection submission contributed to an assessment.' })
export class AssessmentRecordModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  formMappingId: string;

  @Field(() => Int, { description: '1, then one more for each edit of the submission in KoboToolbox.' })
  revision: number;

  @Field()
  pcode: string;

  @Field(() => String, { nullable: true })
  populationGroup: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  collectedOn: string;

  @Field({ description: 'The mapped values as a JSON object, under the names the mapping gives them.' })
  valuesJson: string;

  @Field()
  receivedAt: Date;

  @Field()
  updatedAt: Date;
}

export const AssessmentRecordConnection = ConnectionType(AssessmentRecordModel, 'AssessmentRecordConnection');
