import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralOverdueV1 } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { Clock } from '../../shared/clock';
import { recordReferralEvent, referralFacts } from '../referral-events';
import { recordTransition } from '../referral-transitions';
import { ReferralEntity } from '../referral.entity';

/** Who the transition log names for what the sweeper does. */
export const OVERDUE_SWEEPER_ACTOR = { userId: 'system:overdue-sweeper', organisationId: null };

/**
 * Finds sent referrals past their first-response deadline and announces each once: `overdue_at` is
 * set with the event in one transaction. Rows are claimed with SKIP LOCKED, so several copies of the
 * service sweep side by side without announcing a referral twice or waiting on each other.
 */
@Injectable()
export class OverdueSweeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** One batch; returns how many referrals were found overdue (0 when there is nothing to do). */
  async sweepOnce(batchSize = 100): Promise<number> {
    const now = this.clock.now();
    const found = await this.dataSource.transaction(async (manager) => {
      const overdue = await manager
        .createQueryBuilder(ReferralEntity, 'referral')
        .where(`referral.status = 'SENT' AND referral.overdue_at IS NULL AND referral.due_at < :now`, { now })
        .orderBy('referral.due_at')
        .limit(batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const referral of overdue) {
        await manager.update(ReferralEntity, { id: referral.id }, { overdueAt: now });
        await recordTransition(manager, referral.id, referral.status, 'OVERDUE', OVERDUE_SWEEPER_ACTOR, now);
        await recordReferralEvent(
          this.events,
          manager,
          ReferralOverdueV1,
          referral,
          { ...referralFacts(referral), detectedAt: now.toISOString() },
          { correlationId: `overdue-${referral.id}`, actorOrganisationId: null, time: now },
        );
      }
      return overdue.length;
    });
    if (found > 0) this.events.flush();
    return found;
  }

  /** Batches until nothing overdue is left unannounced. */
  async sweep(batchSize = 100): Promise<number> {
    let total = 0;
    for (let found = await this.sweepOnce(batchSize); found > 0; found = await this.sweepOnce(batchSize)) {
      total += found;
    }
    return total;
  }
}
