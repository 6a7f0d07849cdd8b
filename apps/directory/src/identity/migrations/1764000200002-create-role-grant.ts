import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRoleGrant1764000200002 implements MigrationInterface {
  name = 'CreateRoleGrant1764000200002';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles as they were when this migration was written; a new role needs a migration of its own.
    await queryRunner.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account (id),
        role text NOT NULL CHECK (role IN ('PARTNER_REPORTER', 'PARTNER_ADMIN', 'SECTOR_COORDINATOR',
                                           'PLATFORM_ADMIN', 'GOVERNMENT_VIEWER', 'INTEGRATOR')),
        sector text,
        region_pcode text,
        granted_by text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by text,
        CONSTRAINT role_grant_revocation_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
        CONSTRAINT role_grant_coordinator_has_sector CHECK (role <> 'SECTOR_COORDINATOR' OR sector IS NOT NULL)
      )`);
    // Grants are kept after revocation (who had what, when); only the live ones are looked up on login.
    await queryRunner.query(`CREATE INDEX role_grant_active_idx ON role_grant (user_id) WHERE revoked_at IS NULL`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX role_grant_active_unique ON role_grant
        (user_id, role, coalesce(sector, ''), coalesce(region_pcode, '')) WHERE revoked_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE role_grant`);
  }
}
