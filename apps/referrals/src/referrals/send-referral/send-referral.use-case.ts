import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { EventPublisher } from '@coordination/messaging';
import { ReferralCaseEntity } from '../../cases/referral-case.entity';
import { Clock } from '../../shared/clock';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { ReferralDispatch } from '../referral-dispatch';
import { ReferralEntity } from '../referral.entity';
import type { SendReferralCommand } from './send-referral.input';

/** Sends a referral of a case of the caller's organisation, under a consent covering the receiver. */
@Injectable()
export class SendReferralUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatch: ReferralDispatch,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async execute(command: SendReferralCommand, actor: Viewer, correlationId: string): Promise<ReferralEntity> {
    const organisationId = caseWorkerOrganisation(actor);
    const id = command.id ?? randomUUID();
    const referral = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ReferralEntity, { id });
      if (existing) {
        if (existing.caseId !== command.caseId || existing.sendingOrganisationId !== organisationId) {
          throw referralsError(ReferralsErrorCode.IdConflict, `Referral ${id} exists with other details`, 'input.id');
        }
        return existing;
      }
      const referredCase = await manager.findOneBy(ReferralCaseEntity, { id: command.caseId });
      if (!referredCase) {
        throw referralsError(ReferralsErrorCode.CaseNotFound, `No case ${command.caseId}`, 'input.caseId');
      }
      if (referredCase.organisationId !== organisationId) {
        throw referralsError(
          ReferralsErrorCode.CaseOfOtherOrganisation,
          'An organisation refers only its own cases',
          'input.caseId',
        );
      }
      return this.dispatch.send(manager, { ...command, id }, organisationId, actor, this.clock.now(), correlationId);
    });
    this.events.flush();
    return referral;
  }
}
