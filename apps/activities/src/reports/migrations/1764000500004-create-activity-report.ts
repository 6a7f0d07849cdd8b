import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Activity reports (one row of a partner's 5W each) and the history of every change to them. */
export class CreateActivityReport1764000500004 implements MigrationInterface {
  name = 'CreateActivityReport1764000500004';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE activity_report (
        id text PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
        version int NOT NULL CHECK (version >= 1),
        reporting_organisation_id uuid NOT NULL,
        implementing_organisation_id uuid NOT NULL,
        funding_organisation_id uuid,
        project_code text,
        sector text NOT NULL,
        sub_sector text,
        indicator_code text NOT NULL,
        plan_year int NOT NULL,
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        pcode text NOT NULL,
        place_level text NOT NULL CHECK (place_level IN ('department', 'province', 'district')),
        department_pcode text NOT NULL,
        province_pcode text,
        site_name text,
        population_group text NOT NULL,
        modality text NOT NULL,
        quantity int NOT NULL CHECK (quantity >= 0),
        girls int CHECK (girls >= 0),
        boys int CHECK (boys >= 0),
        women int CHECK (women >= 0),
        men int CHECK (men >= 0),
        sex_age_unknown int CHECK (sex_age_unknown >= 0),
        new_beneficiaries int CHECK (new_beneficiaries >= 0 AND new_beneficiaries <= quantity),
        disability jsonb,
        nationality jsonb,
        warnings jsonb NOT NULL DEFAULT '[]',
        -- What the create request said, so a repeated create with the same id can be told apart from a
        -- different report reusing the id.
        creation_fingerprint text NOT NULL,
        return_comment text,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        submitted_at timestamptz,
        reviewed_at timestamptz,
        reviewed_by text,
        deleted_at timestamptz,
        deleted_by text,
        FOREIGN KEY (plan_year, indicator_code) REFERENCES indicator (plan_year, code),
        -- The cells are all there or all absent, and add up to the quantity.
        CHECK ((girls IS NULL) = (sex_age_unknown IS NULL) AND (boys IS NULL) = (girls IS NULL)
           AND (women IS NULL) = (girls IS NULL) AND (men IS NULL) = (girls IS NULL)),
        CHECK (girls IS NULL OR girls + boys + women + men + sex_age_unknown = quantity)
      )`);
    // Partners list their own reports by month; coordinators their sector's; both page by (month, id).
    await queryRunner.query(
      `CREATE INDEX activity_report_organisation_idx ON activity_report (reporting_organisation_id, month, id)
        WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX activity_report_sector_idx ON activity_report (sector, month, id) WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX activity_report_pcode_idx ON activity_report (pcode text_pattern_ops) WHERE deleted_at IS NULL`,
    );
    // Data-quality checks sum a partner's months for one indicator at one place.
    await queryRunner.query(
      `CREATE INDEX activity_report_series_idx
          ON activity_report (reporting_organisation_id, plan_year, indicator_code, pcode, month)
       WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE activity_report_revision (
        id bigserial PRIMARY KEY,
        report_id text NOT NULL REFERENCES activity_report (id),
        revision int NOT NULL,
        action text NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'DELETED')),
        actor_user_id text NOT NULL,
        actor_organisation_id uuid,
        at timestamptz NOT NULL,
        changes jsonb NOT NULL,
        comment text,
        UNIQUE (report_id, revision)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE activity_report_revision`);
    await queryRunner.query(`DROP TABLE activity_report`);
  }
}
