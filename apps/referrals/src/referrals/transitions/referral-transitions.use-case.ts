import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ReferralAcceptedV1,
  ReferralCompletedV1,
  ReferralRejectedV1,
  ReferralWithdrawnV1,
  type ReferralStatus,
} from '@coordination/contracts';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Clock } from '../../shared/clock';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { loadForTransition, type ReferralSide } from '../referral-loader';
import { recordReferralEvent, referralFacts, type EventOrigin } from '../referral-events';
import { withFeedback } from '../notes/referral-notes';
import { recordTransition } from '../referral-transitions';
import { ReferralEntity } from '../referral.entity';
import type {
  AcceptReferralCommand,
  CompleteReferralCommand,
  RejectReferralCommand,
  WithdrawReferralCommand,
} from './transition.inputs';

type Step = (
  manager: EntityManager,
  referral: ReferralEntity,
  now: Date,
  origin: EventOrigin,
) => Promise<Partial<ReferralEntity>>;

/**
 * The answers and closings of a referral: accept or reject (the receiver's first response), complete
 * (the receiver, with feedback), withdraw (the sender). Each locks the referral, checks side and
 * lifecycle, writes the change, the transition and the event in one transaction.
 */
@Injectable()
export class ReferralTransitionsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  accept(command: AcceptReferralCommand, actor: Viewer, correlationId: string): Promise<ReferralEntity> {
    return this.move(
      command.referralId,
      'receiver',
      'ACCEPTED',
      actor,
      correlationId,
      async (manager, referral, now, origin) => {
        const changes = { respondedAt: now };
        const facts = referralFacts(referral);
        await recordReferralEvent(
          this.events,
          manager,
          ReferralAcceptedV1,
          referral,
          { ...facts, respondedAt: now.toISOString() },
          origin,
        );
        return changes;
      },
    );
  }

  reject(command: RejectReferralCommand, actor: Viewer, correlationId: string): Promise<ReferralEntity> {
    return this.move(
      command.referralId,
      'receiver',
      'REJECTED',
      actor,
      correlationId,
      async (manager, referral, now, origin) => {
        const data = { ...referralFacts(referral), respondedAt: now.toISOString(), reason: command.reason };
        await recordReferralEvent(this.events, manager, ReferralRejectedV1, referral, data, origin);
        const notes = await withFeedback(this.vault, manager, referral, command.note ?? null);
        return { respondedAt: now, closedAt: now, rejectionReason: command.reason, ...notes };
      },
    );
  }

  complete(command: CompleteReferralCommand, actor: Viewer, correlationId: string): Promise<ReferralEntity> {
    return this.move(
      command.referralId,
      'receiver',
      'COMPLETED',
      actor,
      correlationId,
      async (manager, referral, now, origin) => {
        const data = { ...referralFacts(referral), completedAt: now.toISOString(), outcome: command.outcome };
        await recordReferralEvent(this.events, manager, ReferralCompletedV1, referral, data, origin);
        const notes = await withFeedback(this.vault, manager, referral, command.feedback);
        return { closedAt: now, outcome: command.outcome, ...notes };
      },
    );
  }

  withdraw(command: WithdrawReferralCommand, actor: Viewer, correlationId: string): Promise<ReferralEntity> {
    return this.move(
      command.referralId,
      'sender',
      'WITHDRAWN',
      actor,
      correlationId,
      async (manager, referral, now, origin) => {
        const data = { ...referralFacts(referral), withdrawnAt: now.toISOString() };
        await recordReferralEvent(this.events, manager, ReferralWithdrawnV1, referral, data, origin);
        return { closedAt: now };
      },
    );
  }

  private async move(
    referralId: string,
    side: ReferralSide,
    to: ReferralStatus,
    actor: Viewer,
    correlationId: string,
    step: Step,
  ): Promise<ReferralEntity> {
    const organisationId = caseWorkerOrganisation(actor);
    const moved = await this.dataSource.transaction(async (manager) => {
      const referral = await loadForTransition(manager, referralId, organisationId, side, to);
      const now = this.clock.now();
      const changes = await step(manager, referral, now, {
        correlationId,
        actorOrganisationId: organisationId,
        time: now,
      });
      const update = { ...changes, status: to, version: referral.version + 1, updatedAt: now };
      await manager.update(ReferralEntity, { id: referral.id }, update);
      await recordTransition(manager, referral.id, referral.status, to, actor, now);
      return { ...referral, ...update };
    });
    this.events.flush();
    return moved;
  }
}
