import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MasterKeyRing } from '../../personal-data/master-keys';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { sealReferralNotes } from '../notes/referral-notes';

interface ClearNotesRow {
  id: string;
  sending_organisation_id: string;
  reason: string;
  feedback: string | null;
}

/**
 * Moves a referral's reason and feedback from clear text columns into one sealed record. Referrals
 * written before this migration are sealed here, which needs the vault's master keys
 * (REFERRALS_MASTER_KEYS or REFERRALS_MASTER_KEYS_FILE) in the migration's environment; a database
 * without referrals needs none.
 */
export class SealReferralNotes1766000000600 implements MigrationInterface {
  name = 'SealReferralNotes1766000000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE referral ADD COLUMN notes_key_id uuid REFERENCES organisation_key (id)`);
    await queryRunner.query(`ALTER TABLE referral ADD COLUMN notes_sealed bytea`);
    const rows: ClearNotesRow[] = await queryRunner.query(
      `SELECT id, sending_organisation_id, reason, feedback FROM referral ORDER BY id`,
    );
    if (rows.length > 0) {
      const vault = new PersonalDataVault(queryRunner.connection, MasterKeyRing.fromEnvironment());
      for (const row of rows) {
        const sealed = await sealReferralNotes(
          vault,
          queryRunner.manager,
          { id: row.id, sendingOrganisationId: row.sending_organisation_id },
          { reason: row.reason, feedback: row.feedback },
        );
        await queryRunner.query(`UPDATE referral SET notes_key_id = $2, notes_sealed = $3 WHERE id = $1`, [
          row.id,
          sealed.notesKeyId,
          sealed.notesSealed,
        ]);
      }
    }
    await queryRunner.query(`ALTER TABLE referral ALTER COLUMN notes_key_id SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE referral ALTER COLUMN notes_sealed SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE referral DROP COLUMN reason, DROP COLUMN feedback`);
  }

  async down(): Promise<void> {
    // Writing the notes back in clear would undo the point of the change: refused on purpose.
    throw new Error('SealReferralNotes1766000000600 cannot be reverted: it would store personal data in clear');
  }
}
