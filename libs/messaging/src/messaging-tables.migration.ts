import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and inbox tables; every service that publishes or consumes events includes this migration. */
export class CreateMessagingTables1764000000000 implements MigrationInterface {
  name = 'CreateMessagingTables1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_message (
        position bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_message_pending_idx ON outbox_message (position) WHERE published_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX outbox_message_pending_key_idx ON outbox_message (message_key, position) WHERE published_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE inbox_message (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        handled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE inbox_message`);
    await queryRunner.query(`DROP TABLE outbox_message`);
  }
}
