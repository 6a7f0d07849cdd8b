import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Integrator clients (machine credentials) and the data-sharing agreements that bound what they receive. */
export class CreateIntegrators1764000400001 implements MigrationInterface {
  name = 'CreateIntegrators1764000400001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE integrator_client (
        client_id text PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE data_sharing_agreement (
        id uuid PRIMARY KEY,
        client_id text NOT NULL REFERENCES integrator_client(client_id),
        event_types text[] NOT NULL,
        allowed_fields jsonb NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz NOT NULL CHECK (valid_to > valid_from),
        granted_at timestamptz NOT NULL,
        granted_by text NOT NULL,
        revoked_at timestamptz,
        revoked_by text
      )`);
    await queryRunner.query(`CREATE INDEX data_sharing_agreement_client_idx ON data_sharing_agreement (client_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_sharing_agreement`);
    await queryRunner.query(`DROP TABLE integrator_client`);
  }
}
