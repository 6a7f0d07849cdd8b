import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@coordination/graphql';
import { asIsoDay } from '../shared/lima-date';
import type { NeedsRoundEntity } from './needs-round.entity';

@ObjectType('NeedsRound', {
  description:
    'A published round of a needs analysis. A newer round of the same analysis supersedes it; rounds are never summed.',
})
export class NeedsRoundModel {
  @Field(() => ID)
  id: string;

  @Field()
  analysisCode: string;

  @Field()
  title: string;

  @Field(() => Int)
  planYear: number;

  @Field({ description: 'First day in force (YYYY-MM-DD).' })
  inForceFrom: string;

  @Field(() => ID, { nullable: true })
  assessmentId: string | null;

  @Field(() => ID, { nullable: true })
  supersedesRoundId: string | null;

  @Field(() => ID, { nullable: true })
  supersededByRoundId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  supersededAt: Date | null;

  @Field({ description: 'Where the figures come from.' })
  source: string;

  @Field(() => String, { nullable: true })
  methodology: string | null;

  @Field(() => Int)
  peopleInNeedCellCount: number;

  @Field(() => Int)
  severityCount: number;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;
}

export const NeedsRoundConnection = ConnectionType(NeedsRoundModel, 'NeedsRoundConnection');

export function toNeedsRoundModel(round: NeedsRoundEntity): NeedsRoundModel {
  return {
    id: round.id,
    analysisCode: round.analysisCode,
    title: round.title,
    planYear: round.planYear,
    inForceFrom: asIsoDay(round.inForceFrom),
    assessmentId: round.assessmentId,
    supersedesRoundId: round.supersedesRoundId,
    supersededByRoundId: round.supersededByRoundId,
    supersededAt: round.supersededAt,
    source: round.source,
    methodology: round.methodology,
    peopleInNeedCellCount: round.peopleInNeedCellCount,
    severityCount: round.severityCount,
    publishedAt: round.publishedAt,
  };
}
