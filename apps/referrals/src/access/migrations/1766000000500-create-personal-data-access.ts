import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePersonalDataAccess1766000000500 implements MigrationInterface {
  name = 'CreatePersonalDataAccess1766000000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_access (
        id bigserial PRIMARY KEY,
        accessed_at timestamptz NOT NULL,
        user_id text NOT NULL,
        organisation_id uuid,
        case_id uuid NOT NULL REFERENCES referral_case (id),
        referral_id uuid REFERENCES referral (id),
        fields text[] NOT NULL,
        purpose text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX personal_data_access_case_idx ON personal_data_access (case_id, id)`);
    await queryRunner.query(`CREATE INDEX personal_data_access_time_idx ON personal_data_access (accessed_at, id)`);
    // The audit trail is evidence: once written, no code path (nor a mistaken migration) may change it.
    await queryRunner.query(`
      CREATE FUNCTION refuse_personal_data_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'personal_data_access is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER personal_data_access_append_only
        BEFORE UPDATE OR DELETE ON personal_data_access
        FOR EACH ROW EXECUTE FUNCTION refuse_personal_data_access_change()`);
    await queryRunner.query(`
      CREATE TRIGGER personal_data_access_no_truncate
        BEFORE TRUNCATE ON personal_data_access
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_personal_data_access_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE personal_data_access`);
    await queryRunner.query(`DROP FUNCTION refuse_personal_data_access_change()`);
  }
}
