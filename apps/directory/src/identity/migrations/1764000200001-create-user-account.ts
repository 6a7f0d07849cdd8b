import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUserAccount1764000200001 implements MigrationInterface {
  name = 'CreateUserAccount1764000200001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One account per address whatever its case: "Ana@ONG.pe" and "ana@ong.pe" reach the same inbox.
    await queryRunner.query(`CREATE UNIQUE INDEX user_account_email_unique ON user_account (lower(email))`);
    await queryRunner.query(`CREATE INDEX user_account_organisation_idx ON user_account (organisation_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE user_account`);
  }
}
