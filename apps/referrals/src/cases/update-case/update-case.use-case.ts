import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import type { PersonalData } from '../../personal-data/personal-data';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Clock } from '../../shared/clock';
import { actorId } from '../../shared/event-actor';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { replaceSearchTerms, sealCaseData } from '../case-sealing';
import { toCaseModel, type ReferralCaseModel } from '../case.model';
import { ReferralCaseEntity } from '../referral-case.entity';

export interface UpdateCaseCommand {
  id: string;
  expectedVersion: number;
  /** The whole personal data after the change: it is sealed as one piece. */
  personalData: PersonalData;
}

/** Replaces a case's personal data (its own organisation only), with optimistic concurrency. */
@Injectable()
export class UpdateCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async execute(command: UpdateCaseCommand, actor: Viewer): Promise<ReferralCaseModel> {
    const organisationId = caseWorkerOrganisation(actor);
    const updated = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(ReferralCaseEntity, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!existing) throw referralsError(ReferralsErrorCode.CaseNotFound, `No case ${command.id}`, 'input.id');
      if (existing.organisationId !== organisationId) {
        throw referralsError(
          ReferralsErrorCode.CaseOfOtherOrganisation,
          'A case is updated only by the organisation that registered it',
          'input.id',
        );
      }
      if (existing.version !== command.expectedVersion) {
        throw referralsError(
          ReferralsErrorCode.VersionConflict,
          `Case ${command.id} is at version ${existing.version}, not ${command.expectedVersion}`,
          'input.expectedVersion',
        );
      }
      const sealed = await sealCaseData(this.vault, manager, organisationId, existing.id, command.personalData);
      const changes = {
        dataKeyId: sealed.dataKeyId,
        sealed: sealed.sealed,
        version: existing.version + 1,
        updatedAt: this.clock.now(),
        updatedBy: actorId(actor),
      };
      await manager.update(ReferralCaseEntity, { id: existing.id }, changes);
      await replaceSearchTerms(manager, existing.id, organisationId, sealed.terms);
      return { ...existing, ...changes };
    });
    return toCaseModel(updated);
  }
}
