import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';
import type { ReportAction } from '../report-revision.entity';

export const ReportActionEnum = {
  CREATED: 'CREATED',
  UPDATED: 'UPDATED',
  SUBMITTED: 'SUBMITTED',
  APPROVED: 'APPROVED',
  RETURNED: 'RETURNED',
  DELETED: 'DELETED',
} as const satisfies Record<ReportAction, ReportAction>;
registerEnumType(ReportActionEnum, { name: 'ReportAction' });

@ObjectType('ReportFieldChange')
export class ReportFieldChangeModel {
  @Field({ description: 'A report field, e.g. quantity or cells; status for workflow steps.' })
  field: string;

  @Field({ description: 'The value before, as JSON (null when the field was empty).' })
  from: string;

  @Field({ description: 'The value after, as JSON.' })
  to: string;
}

@ObjectType('ReportRevision', { description: 'One change to a report: who, when, what.' })
export class ReportRevisionModel {
  @Field(() => Int, { description: 'The report’s version after this change.' })
  revision: number;

  @Field(() => ReportActionEnum)
  action: ReportAction;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field()
  actorUserId: string;

  @Field(() => ID, { nullable: true })
  actorOrganisationId: string | null;

  @Field(() => [ReportFieldChangeModel])
  changes: ReportFieldChangeModel[];

  @Field(() => String, { nullable: true, description: 'The coordinator’s comment of a return.' })
  comment: string | null;
}

export const ReportRevisionConnection = ConnectionType(ReportRevisionModel, 'ReportRevisionConnection');
