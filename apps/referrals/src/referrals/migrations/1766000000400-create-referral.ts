import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReferral1766000000400 implements MigrationInterface {
  name = 'CreateReferral1766000000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES referral_case (id),
        consent_id uuid NOT NULL REFERENCES consent (id),
        sending_organisation_id uuid NOT NULL,
        receiving_organisation_id uuid NOT NULL CHECK (receiving_organisation_id <> sending_organisation_id),
        service_id uuid,
        sector text NOT NULL,
        sub_sector text,
        services_requested text[] NOT NULL,
        reason text NOT NULL,
        priority text NOT NULL CHECK (priority IN ('EMERGENCY', 'URGENT', 'STANDARD')),
        place_pcode text NOT NULL,
        status text NOT NULL
          CHECK (status IN ('SENT', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'FORWARDED', 'COMPLETED')),
        forwarded_from_id uuid REFERENCES referral (id),
        forwarded_to_id uuid REFERENCES referral (id),
        sent_at timestamptz NOT NULL,
        sent_by text NOT NULL,
        due_at timestamptz NOT NULL CHECK (due_at > sent_at),
        responded_at timestamptz,
        overdue_at timestamptz,
        rejection_reason text CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
        outcome text CHECK (status <> 'COMPLETED' OR outcome IS NOT NULL),
        feedback text,
        closed_at timestamptz,
        version int NOT NULL CHECK (version >= 1),
        updated_at timestamptz NOT NULL
      )`);
    // The two queues: my organisation's incoming and outgoing referrals, newest first.
    await queryRunner.query(
      `CREATE INDEX referral_incoming_idx ON referral (receiving_organisation_id, sent_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX referral_outgoing_idx ON referral (sending_organisation_id, sent_at DESC, id DESC)`,
    );
    await queryRunner.query(`CREATE INDEX referral_case_idx ON referral (case_id)`);
    await queryRunner.query(`CREATE INDEX referral_consent_idx ON referral (consent_id)`);
    // What the overdue sweeper looks for: unanswered and not yet announced, by deadline.
    await queryRunner.query(
      `CREATE INDEX referral_awaiting_response_idx ON referral (due_at) WHERE status = 'SENT' AND overdue_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE referral_transition (
        id bigserial PRIMARY KEY,
        referral_id uuid NOT NULL REFERENCES referral (id),
        from_status text,
        to_status text NOT NULL,
        actor_id text NOT NULL,
        actor_organisation_id uuid,
        at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX referral_transition_referral_idx ON referral_transition (referral_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE referral_transition`);
    await queryRunner.query(`DROP TABLE referral`);
  }
}
