import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { recordPersonalDataRead } from '../access/audit-trail';
import { revealedFields } from '../access/read-personal-data/read-personal-data.use-case';
import { caseRelationOf } from '../access/case-relation';
import { decidePersonalDataRead } from '../access/personal-data-rule';
import { ReferralCaseEntity } from '../cases/referral-case.entity';
import { ConsentEntity } from '../consents/consent.entity';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { openReferralNotes, type ReferralNotes } from '../referrals/notes/referral-notes';
import { ReferralEntity } from '../referrals/referral.entity';
import { Clock } from '../shared/clock';
import { caseWorkerOrganisation } from '../shared/referral-roles';
import { ReferralsErrorCode, referralsError } from '../shared/referrals.errors';
import { REFERRAL_DOCUMENT_SCHEMA, RISK_LEVEL_OF, type ReferralDocument } from './referral-document';

export interface ExportReferralCommand {
  referralId: string;
  /** Who will receive the document: personal data goes only if the consent covers them. */
  recipientOrganisationId: string;
  caseWorkerContact?: { name: string | null; email: string | null; phone: string | null } | null;
}

/**
 * A referral as a document for another case-management system (Primero, an integration platform).
 * Personal data is included only when the consent stands and names the recipient, and the caller
 * may read it; that read is audited with purpose EXPORT.
 */
@Injectable()
export class ExportReferralUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  execute(command: ExportReferralCommand, viewer: Viewer): Promise<ReferralDocument> {
    const organisationId = caseWorkerOrganisation(viewer);
    return this.dataSource.transaction(async (manager) => {
      const referral = await manager.findOneBy(ReferralEntity, { id: command.referralId });
      if (
        !referral ||
        (referral.sendingOrganisationId !== organisationId && referral.receivingOrganisationId !== organisationId)
      ) {
        throw referralsError(
          ReferralsErrorCode.ReferralNotFound,
          `No referral ${command.referralId}`,
          'input.referralId',
        );
      }
      const consent = await manager.findOneByOrFail(ConsentEntity, { id: referral.consentId });
      const referredCase = await manager.findOneByOrFail(ReferralCaseEntity, { id: referral.caseId });
      const names = await manager.findBy(OrganisationReplicaEntity, [
        { id: referral.sendingOrganisationId },
        { id: referral.receivingOrganisationId },
      ]);
      const nameOf = (id: string) => names.find((organisation) => organisation.id === id)?.name ?? null;
      const covers =
        consent.revokedAt === null && consent.recipientOrganisationIds.includes(command.recipientOrganisationId);
      const now = this.clock.now();
      let personalData: ReferralDocument['personal_data'] = null;
      let notes: ReferralNotes | null = null;
      if (covers) {
        const relation = await caseRelationOf(manager, referredCase.organisationId, referredCase.id, organisationId);
        const decision = decidePersonalDataRead(viewer, relation);
        if (decision.allowed) {
          personalData = await this.vault.open(manager, referredCase.organisationId, referredCase.id, {
            dataKeyId: referredCase.dataKeyId,
            sealed: referredCase.sealed,
          });
          // The reason is free text about the person: it travels only where the personal data does.
          notes = await openReferralNotes(this.vault, manager, referral);
          await recordPersonalDataRead(manager, viewer, {
            caseId: referredCase.id,
            referralId: decision.referralId ?? referral.id,
            fields: [...revealedFields(personalData), 'referral.reason'],
            purpose: 'EXPORT',
            at: now,
          });
        }
      }
      return {
        schema: REFERRAL_DOCUMENT_SCHEMA,
        exported_at: now.toISOString(),
        referral_id: referral.id,
        case_id: referral.caseId,
        status: referral.status,
        service_type: referral.subSector ? `${referral.sector}/${referral.subSector}` : referral.sector,
        services_requested: referral.servicesRequested,
        referring_agency: { id: referral.sendingOrganisationId, name: nameOf(referral.sendingOrganisationId) },
        service_implementing_agency: {
          id: referral.receivingOrganisationId,
          name: nameOf(referral.receivingOrganisationId),
        },
        service_implementing_agency_service_id: referral.serviceId,
        service_referral_notes: notes?.reason ?? null,
        protection_concerns: personalData ? [...(personalData.specificNeeds ?? [])] : [],
        risk_level: RISK_LEVEL_OF[referral.priority],
        location_pcode: referral.placePcode,
        sent_at: referral.sentAt.toISOString(),
        response_due_at: referral.dueAt.toISOString(),
        responded_at: referral.respondedAt?.toISOString() ?? null,
        case_worker_contact: command.caseWorkerContact ?? null,
        consent: {
          consent_id: consent.id,
          purposes: consent.purposes,
          covers_recipient: covers,
          given_by: consent.givenBy,
        },
        personal_data: personalData,
      };
    });
  }
}
