import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferralCase1766000000200 implements MigrationInterface {
  name = 'CreateReferralCase1766000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referral_case (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL,
        data_key_id text NOT NULL,
        -- Sealed personal data; the schema bounds the plain text, this bounds what is stored.
        sealed bytea NOT NULL CHECK (octet_length(sealed) BETWEEN 1 AND 262144),
        version int NOT NULL CHECK (version >= 1),
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX referral_case_organisation_idx ON referral_case (organisation_id, created_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE case_search_term (
        case_id uuid NOT NULL REFERENCES referral_case (id) ON DELETE CASCADE,
        term text NOT NULL,
        organisation_id uuid NOT NULL,
        PRIMARY KEY (case_id, term)
      )`);
    // Search: the caller's organisation and the query's terms, then count matches per case.
    await queryRunner.query(`CREATE INDEX case_search_term_lookup_idx ON case_search_term (organisation_id, term)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_search_term`);
    await queryRunner.query(`DROP TABLE referral_case`);
  }
}
