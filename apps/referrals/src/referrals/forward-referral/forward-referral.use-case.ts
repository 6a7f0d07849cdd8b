import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralForwardedV1 } from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { Clock } from '../../shared/clock';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { ReferralDispatch } from '../referral-dispatch';
import { recordReferralEvent, referralFacts } from '../referral-events';
import { loadForTransition } from '../referral-loader';
import { recordTransition } from '../referral-transitions';
import { ReferralEntity } from '../referral.entity';
import type { ForwardReferralCommand } from './forward-referral.input';

export interface ForwardedReferral {
  forwarded: ReferralEntity;
  created: ReferralEntity;
}

/**
 * The receiver of an accepted referral passes it on: the original becomes FORWARDED and a new
 * referral of the same case goes from the forwarder to the new receiver, linked both ways, under a
 * consent that covers the new receiver.
 */
@Injectable()
export class ForwardReferralUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatch: ReferralDispatch,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(command: ForwardReferralCommand, actor: Viewer, correlationId: string): Promise<ForwardedReferral> {
    const organisationId = caseWorkerOrganisation(actor);
    const newId = command.newReferralId ?? randomUUID();
    const result = await this.dataSource.transaction(async (manager) => {
      const retried = await manager.findOneBy(ReferralEntity, { id: newId });
      if (retried) {
        const original = await manager.findOneBy(ReferralEntity, { id: command.referralId });
        if (retried.forwardedFromId !== command.referralId || !original) {
          throw referralsError(
            ReferralsErrorCode.IdConflict,
            `Referral ${newId} exists with other details`,
            'input.newReferralId',
          );
        }
        return { forwarded: original, created: retried };
      }
      const original = await loadForTransition(manager, command.referralId, organisationId, 'receiver', 'FORWARDED');
      const now = this.clock.now();
      const created = await this.dispatch.send(
        manager,
        { ...command, id: newId, caseId: original.caseId },
        organisationId,
        actor,
        now,
        correlationId,
        original.id,
      );
      const update = {
        status: 'FORWARDED' as const,
        forwardedToId: created.id,
        closedAt: now,
        version: original.version + 1,
        updatedAt: now,
      };
      await manager.update(ReferralEntity, { id: original.id }, update);
      await recordTransition(manager, original.id, original.status, 'FORWARDED', actor, now);
      const forwarded = { ...original, ...update };
      await recordReferralEvent(
        this.events,
        manager,
        ReferralForwardedV1,
        forwarded,
        {
          ...referralFacts(forwarded),
          forwardedToReferralId: created.id,
          forwardedToOrganisationId: created.receivingOrganisationId,
          forwardedAt: now.toISOString(),
        },
        { correlationId, actorOrganisationId: organisationId, time: now },
      );
      return { forwarded, created };
    });
    this.events.flush();
    return result;
  }
}
