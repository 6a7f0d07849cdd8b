import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRefreshToken1764000200003 implements MigrationInterface {
  name = 'CreateRefreshToken1764000200003';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Only the SHA-256 of a token is stored: a copy of this table cannot be replayed as sessions.
    await queryRunner.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES user_account (id),
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid REFERENCES refresh_token (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX refresh_token_hash_unique ON refresh_token (token_hash)`);
    await queryRunner.query(`CREATE INDEX refresh_token_family_idx ON refresh_token (family_id)`);
    await queryRunner.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE refresh_token`);
  }
}
