import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { recordPersonalDataRead } from '../../access/audit-trail';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Clock } from '../../shared/clock';
import { actorId } from '../../shared/event-actor';
import { caseWorkerOrganisation } from '../../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../../shared/referrals.errors';
import { ageInYears, assertGiverFitsAge } from '../child-consent';
import { assertMayRecordConsent } from '../consent-recorders';
import { ConsentEntity } from '../consent.entity';
import type { RecordConsentCommand } from './record-consent.input';

/**
 * Records a consent for a case. The person's age decides who may give it, so the birth date is read
 * from the sealed data (and that read is audited like any other).
 */
@Injectable()
export class RecordConsentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  execute(command: RecordConsentCommand, actor: Viewer): Promise<ConsentEntity> {
    const organisationId = caseWorkerOrganisation(actor);
    const id = command.id ?? randomUUID();
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(ConsentEntity, { id });
      if (existing) {
        if (existing.caseId !== command.caseId || existing.organisationId !== organisationId) {
          throw referralsError(ReferralsErrorCode.IdConflict, `Consent ${id} exists with other details`, 'input.id');
        }
        return existing;
      }
      const referredCase = await assertMayRecordConsent(manager, command.caseId, organisationId);
      const now = this.clock.now();
      if (command.givenAt.getTime() > now.getTime()) {
        throw referralsError(
          ReferralsErrorCode.ConsentRequired,
          'Consent cannot be given in the future',
          'input.givenAt',
        );
      }
      const recipients = [...new Set(command.recipientOrganisationIds)];
      const known = await manager.findBy(OrganisationReplicaEntity, { id: In(recipients), status: 'ACTIVE' });
      const unknown = command.recipientOrganisationIds.findIndex((recipient) => !known.some((o) => o.id === recipient));
      if (unknown >= 0) {
        throw referralsError(
          ReferralsErrorCode.UnknownOrganisation,
          `No active organisation ${command.recipientOrganisationIds[unknown]} is known to the referrals service`,
          `input.recipientOrganisationIds.${unknown}`,
        );
      }
      const data = await this.vault.open(manager, referredCase.organisationId, referredCase.id, {
        dataKeyId: referredCase.dataKeyId,
        sealed: referredCase.sealed,
      });
      await recordPersonalDataRead(manager, actor, {
        caseId: referredCase.id,
        referralId: null,
        fields: ['dateOfBirth'],
        purpose: 'CASE_MANAGEMENT',
        at: now,
      });
      assertGiverFitsAge(command.givenBy, ageInYears(data.dateOfBirth, command.givenAt));
      const consent: ConsentEntity = {
        id,
        caseId: referredCase.id,
        organisationId,
        givenBy: command.givenBy,
        guardianRelationship: command.givenBy === 'GUARDIAN' ? (command.guardianRelationship ?? null) : null,
        overrideReason: command.givenBy === 'AUTHORISED_OVERRIDE' ? (command.overrideReason ?? null) : null,
        recipientOrganisationIds: recipients,
        purposes: [...new Set(command.purposes)],
        method: command.method,
        givenAt: command.givenAt,
        recordedBy: actorId(actor),
        recordedAt: now,
        revokedAt: null,
        revokedBy: null,
      };
      await manager.insert(ConsentEntity, consent);
      return consent;
    });
  }
}
