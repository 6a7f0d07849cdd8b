import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ReferralCaseEntity } from '../../cases/referral-case.entity';
import type { PersonalData } from '../../personal-data/personal-data';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Clock } from '../../shared/clock';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { recordPersonalDataRead } from '../audit-trail';
import { caseRelationOf } from '../case-relation';
import type { AccessPurpose } from '../personal-data-access.entity';
import { decidePersonalDataRead } from '../personal-data-rule';

export interface ReadPersonalDataCommand {
  caseId: string;
  purpose: AccessPurpose;
}

export interface CasePersonalData {
  caseId: string;
  personalData: PersonalData;
  /** The fields that held a value, as the audit record lists them. */
  fields: string[];
}

/** The fields of `data` that hold something: what was actually revealed. */
export function revealedFields(data: PersonalData): string[] {
  return Object.entries(data as Record<string, unknown>)
    .filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([field]) => field)
    .sort();
}

/**
 * Reads a case's personal data for a stated purpose, when the access rule allows it, and writes the
 * audit record in the same transaction: a read that could not be recorded is not made. A refusal
 * says the data is hidden and reveals nothing, not even whether the case exists for another
 * organisation.
 */
@Injectable()
export class ReadPersonalDataUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  execute(command: ReadPersonalDataCommand, viewer: Viewer): Promise<CasePersonalData> {
    return this.dataSource.transaction(async (manager) => {
      const referredCase = await manager.findOneBy(ReferralCaseEntity, { id: command.caseId });
      const relation = referredCase
        ? await caseRelationOf(manager, referredCase.organisationId, referredCase.id, viewer.organisationId)
        : { owner: false, openReferralUnderConsentId: null };
      const decision = decidePersonalDataRead(viewer, relation);
      if (!referredCase || !decision.allowed) {
        throw referralsError(
          ReferralsErrorCode.PersonalDataHidden,
          `Personal data of case ${command.caseId} is not available to you: ${decision.reason}`,
          'caseId',
        );
      }
      const personalData = await this.vault.open(manager, referredCase.organisationId, referredCase.id, {
        dataKeyId: referredCase.dataKeyId,
        sealed: referredCase.sealed,
      });
      const fields = revealedFields(personalData);
      await recordPersonalDataRead(manager, viewer, {
        caseId: referredCase.id,
        referralId: decision.referralId,
        fields,
        purpose: command.purpose,
        at: this.clock.now(),
      });
      return { caseId: referredCase.id, personalData, fields };
    });
  }
}
