import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLoginThrottle1764000200004 implements MigrationInterface {
  name = 'CreateLoginThrottle1764000200004';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Keyed by the SHA-256 of the normalised address: unknown addresses are throttled like known ones,
    // and this table adds no second clear copy of anyone's e-mail address.
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        account_key text PRIMARY KEY CHECK (account_key ~ '^[0-9a-f]{64}$'),
        failures integer NOT NULL CHECK (failures > 0),
        first_failure_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_throttle`);
  }
}
