import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { PersonalDataVault } from '../../personal-data/personal-data-vault';

/**
 * The free text a referral carries: the sender's reason and the receiver's note on rejection or
 * feedback on completion. Case workers write about people there (what happened to them, their
 * health, their family), so it is sealed like the case's personal data, never stored in clear.
 */
export const referralNotesSchema = z.object({
  reason: z.string(),
  feedback: z.string().nullable(),
});
export type ReferralNotes = z.infer<typeof referralNotesSchema>;

/** Where a referral's notes are sealed: the sending organisation's key, bound to the referral. */
export interface ReferralNotesOwner {
  id: string;
  sendingOrganisationId: string;
}

export interface SealedReferralNotes {
  notesKeyId: string;
  notesSealed: Buffer;
}

function notesContext(owner: ReferralNotesOwner): string {
  return `referrals.referral-notes.v1|${owner.sendingOrganisationId}|${owner.id}`;
}

export async function sealReferralNotes(
  vault: PersonalDataVault,
  manager: EntityManager,
  owner: ReferralNotesOwner,
  notes: ReferralNotes,
): Promise<SealedReferralNotes> {
  const checked = referralNotesSchema.parse(notes);
  const { dataKeyId, sealed } = await vault.sealRecord(
    manager,
    owner.sendingOrganisationId,
    notesContext(owner),
    checked,
  );
  return { notesKeyId: dataKeyId, notesSealed: sealed };
}

export async function openReferralNotes(
  vault: PersonalDataVault,
  manager: EntityManager,
  referral: ReferralNotesOwner & SealedReferralNotes,
): Promise<ReferralNotes> {
  const value = await vault.openRecord(manager, referral.sendingOrganisationId, notesContext(referral), {
    dataKeyId: referral.notesKeyId,
    sealed: referral.notesSealed,
  });
  return referralNotesSchema.parse(value);
}

/** Opens, changes and seals again: the feedback is added to what the sender wrote. */
export async function withFeedback(
  vault: PersonalDataVault,
  manager: EntityManager,
  referral: ReferralNotesOwner & SealedReferralNotes,
  feedback: string | null,
): Promise<SealedReferralNotes> {
  const notes = await openReferralNotes(vault, manager, referral);
  return sealReferralNotes(vault, manager, referral, { ...notes, feedback });
}
