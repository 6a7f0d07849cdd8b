import type { EntityManager } from 'typeorm';
import { NeedsRoundEntity } from './needs-round.entity';

/** The latest round of an analysis (the one a new round supersedes), whatever day it came into force. */
export function latestRound(manager: EntityManager, analysisCode: string): Promise<NeedsRoundEntity | null> {
  return manager
    .getRepository(NeedsRoundEntity)
    .createQueryBuilder('round')
    .where('round.analysis_code = :analysisCode AND round.superseded_by_round_id IS NULL', { analysisCode })
    .getOne();
}

/**
 * The round of an analysis in force on `day`: the one that came into force last on or before that day
 * (on the same day, the one published last). Rounds replace each other; they are never summed.
 */
export function roundInForce(
  manager: EntityManager,
  analysisCode: string,
  day: string,
): Promise<NeedsRoundEntity | null> {
  return manager
    .getRepository(NeedsRoundEntity)
    .createQueryBuilder('round')
    .where('round.analysis_code = :analysisCode AND round.in_force_from <= :day', { analysisCode, day })
    .orderBy('round.in_force_from', 'DESC')
    .addOrderBy('round.published_at', 'DESC')
    .getOne();
}
