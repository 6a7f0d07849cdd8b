import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { recordPersonalDataRead } from '../../access/audit-trail';
import { ConsentEntity } from '../../consents/consent.entity';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { Clock } from '../../shared/clock';
import { isCaseWorker } from '../../shared/referral-roles';
import {
  openReferralNotes,
  type ReferralNotes,
  type ReferralNotesOwner,
  type SealedReferralNotes,
} from './referral-notes';

export interface ReferralWithNotes extends ReferralNotesOwner, SealedReferralNotes {
  caseId: string;
  consentId: string;
  receivingOrganisationId: string;
}

/**
 * Opens a referral's notes for a reader who may see them, and writes the audit record of the read in
 * the same transaction. Case workers of the sending organisation always may; of the receiving
 * organisation, only while the referral's consent stands (revocation hides them, as it hides the
 * case's personal data). Everyone else gets null. One read per referral and request: `request` is
 * the GraphQL context, so asking for reason and feedback together opens and audits once.
 */
@Injectable()
export class ReferralNotesReader {
  private readonly readsByRequest = new WeakMap<object, Map<string, Promise<ReferralNotes | null>>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: PersonalDataVault,
    private readonly clock: Clock,
  ) {}

  notes(referral: ReferralWithNotes, viewer: Viewer, request: object): Promise<ReferralNotes | null> {
    let reads = this.readsByRequest.get(request);
    if (!reads) {
      reads = new Map();
      this.readsByRequest.set(request, reads);
    }
    let read = reads.get(referral.id);
    if (!read) {
      read = this.read(referral, viewer);
      reads.set(referral.id, read);
    }
    return read;
  }

  private read(referral: ReferralWithNotes, viewer: Viewer): Promise<ReferralNotes | null> {
    if (!isCaseWorker(viewer)) return Promise.resolve(null);
    const sender = viewer.organisationId === referral.sendingOrganisationId;
    const receiver = viewer.organisationId === referral.receivingOrganisationId;
    if (!sender && !receiver) return Promise.resolve(null);
    return this.dataSource.transaction(async (manager) => {
      if (!sender) {
        const consent = await manager.findOneBy(ConsentEntity, { id: referral.consentId });
        if (!consent || consent.revokedAt !== null) return null;
      }
      const notes = await openReferralNotes(this.vault, manager, referral);
      await recordPersonalDataRead(manager, viewer, {
        caseId: referral.caseId,
        referralId: referral.id,
        fields: notes.feedback === null ? ['referral.reason'] : ['referral.feedback', 'referral.reason'],
        purpose: 'REFERRAL_REVIEW',
        at: this.clock.now(),
      });
      return notes;
    });
  }
}
