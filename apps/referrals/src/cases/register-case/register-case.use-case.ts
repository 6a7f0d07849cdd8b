import { randomUUID } from 'node:crypto';
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

export interface RegisterCaseCommand {
  id?: string | null;
  personalData: PersonalData;
}

/**
 * Registers a case for the caller's organisation: personal data sealed with the organisation's key,
 * search terms indexed, in one transaction. The id is random (or the client's, for a safe retry).
 */
@Injectable()
export class RegisterCaseUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  async execute(command: RegisterCaseCommand, actor: Viewer): Promise<ReferralCaseModel> {
    const organisationId = caseWorkerOrganisation(actor);
    const id = command.id ?? randomUUID();
    const registered = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ReferralCaseEntity, { id });
      if (existing) {
        if (existing.organisationId !== organisationId) {
          throw referralsError(ReferralsErrorCode.IdConflict, `Case ${id} already exists`, 'input.id');
        }
        return existing;
      }
      const now = this.clock.now();
      const sealed = await sealCaseData(this.vault, manager, organisationId, id, command.personalData);
      const created: ReferralCaseEntity = {
        id,
        organisationId,
        dataKeyId: sealed.dataKeyId,
        sealed: sealed.sealed,
        version: 1,
        createdAt: now,
        createdBy: actorId(actor),
        updatedAt: now,
        updatedBy: actorId(actor),
      };
      await manager.insert(ReferralCaseEntity, created);
      await replaceSearchTerms(manager, id, organisationId, sealed.terms);
      return created;
    });
    return toCaseModel(registered);
  }
}
