import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportingPeriodStatus } from './reporting-period.entity';

export const ReportingPeriodStatusEnum = { OPEN: 'OPEN', LOCKED: 'LOCKED' } as const;
registerEnumType(ReportingPeriodStatusEnum, {
  name: 'ReportingPeriodStatus',
  description: 'LOCKED: the month’s reports cannot change until a platform admin reopens it.',
});

export const PeriodChangeActionEnum = { LOCKED: 'LOCKED', REOPENED: 'REOPENED' } as const;
registerEnumType(PeriodChangeActionEnum, { name: 'ReportingPeriodChangeAction' });

@ObjectType('ReportingPeriodChange')
export class ReportingPeriodChangeModel {
  @Field(() => PeriodChangeActionEnum)
  action: 'LOCKED' | 'REOPENED';

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field({ description: 'The platform admin who did it.' })
  actorUserId: string;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('ReportingPeriod', { description: 'A reporting month and its lock.' })
export class ReportingPeriodModel {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => ReportingPeriodStatusEnum)
  status: ReportingPeriodStatus;

  @Field(() => [ReportingPeriodChangeModel], { description: 'Every lock and reopening, oldest first.' })
  history: ReportingPeriodChangeModel[];
}
