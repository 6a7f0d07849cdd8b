import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HSDS services with what they are for (sectors of a plan year, population groups, specific needs),
 * the languages spoken and the documents asked for. Child rows go with their service.
 */
export class CreateService1764000300002 implements MigrationInterface {
  name = 'CreateService1764000300002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE service (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        name text NOT NULL,
        alternate_name text,
        description text NOT NULL,
        url text,
        email text,
        status text NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
        interpretation_services text,
        application_process text,
        fees_description text,
        eligibility_description text,
        minimum_age smallint CHECK (minimum_age >= 0),
        maximum_age smallint CHECK (maximum_age >= 0),
        assured_date date,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        last_modified timestamptz NOT NULL,
        last_modified_by text NOT NULL,
        CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
      )`);
    await queryRunner.query(`CREATE INDEX service_organisation_idx ON service (organisation_id)`);
    await queryRunner.query(`CREATE INDEX service_status_name_idx ON service (status, name, id)`);
    // HSDS incremental sync (modified_after) reads services in this order.
    await queryRunner.query(`CREATE INDEX service_last_modified_idx ON service (last_modified, id)`);

    await queryRunner.query(`
      CREATE TABLE service_sector (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        plan_year smallint NOT NULL,
        sector text NOT NULL,
        sub_sector text
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX service_sector_unique ON service_sector (service_id, plan_year, sector, coalesce(sub_sector, ''))`,
    );
    await queryRunner.query(`CREATE INDEX service_sector_lookup_idx ON service_sector (sector, sub_sector)`);

    await queryRunner.query(`
      CREATE TABLE service_population_group (
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        population_group text NOT NULL,
        PRIMARY KEY (service_id, population_group)
      )`);
    await queryRunner.query(
      `CREATE INDEX service_population_group_lookup_idx ON service_population_group (population_group)`,
    );

    await queryRunner.query(`
      CREATE TABLE service_specific_need (
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        specific_need text NOT NULL,
        PRIMARY KEY (service_id, specific_need)
      )`);
    await queryRunner.query(`CREATE INDEX service_specific_need_lookup_idx ON service_specific_need (specific_need)`);

    await queryRunner.query(`
      CREATE TABLE language (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        code text NOT NULL,
        name text NOT NULL,
        note text,
        position smallint NOT NULL,
        UNIQUE (service_id, code)
      )`);
    await queryRunner.query(`CREATE INDEX language_code_idx ON language (code)`);

    await queryRunner.query(`
      CREATE TABLE required_document (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES service(id) ON DELETE CASCADE,
        document text NOT NULL,
        position smallint NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX required_document_service_idx ON required_document (service_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TABLE required_document, language, service_specific_need, service_population_group, service_sector, service`,
    );
  }
}
