import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConsent1766000000300 implements MigrationInterface {
  name = 'CreateConsent1766000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES referral_case (id),
        organisation_id uuid NOT NULL,
        given_by text NOT NULL CHECK (given_by IN ('PERSON', 'GUARDIAN', 'AUTHORISED_OVERRIDE')),
        guardian_relationship text CHECK (given_by <> 'GUARDIAN' OR guardian_relationship IS NOT NULL),
        override_reason text CHECK (given_by <> 'AUTHORISED_OVERRIDE' OR override_reason IS NOT NULL),
        recipient_organisation_ids uuid[] NOT NULL CHECK (cardinality(recipient_organisation_ids) > 0),
        purposes text[] NOT NULL CHECK (cardinality(purposes) > 0),
        method text NOT NULL CHECK (method IN ('WRITTEN', 'VERBAL', 'DIGITAL')),
        given_at timestamptz NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_by text
      )`);
    await queryRunner.query(`CREATE INDEX consent_case_idx ON consent (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE consent`);
  }
}
