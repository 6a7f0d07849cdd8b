import { randomUUID } from 'node:crypto';
import { TopicNames } from '@coordination/contracts';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { messagingTestDataSourceOptions } from '../../../test/fixtures/messaging-test-database';
import { organisationRegisteredEvent } from '../../../test/fixtures/organisation-events';
import { appendToOutbox } from './outbox-writer';

const TOPIC = TopicNames.directoryOrganisation;

describe('appendToOutbox (one statement per batch)', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('outbox_writer', messagingTestDataSourceOptions);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('stores every event of a batch in the order given, envelopes intact whatever their characters', async () => {
    const names = ['Asociación Niñas del Perú – Ñaña', 'Record\u001eseparator "quoted" \\ back', 'Emoji 👧🏽 group'];
    const events = Array.from({ length: 1_200 }, (_, index) =>
      organisationRegisteredEvent(randomUUID(), `${names[index % names.length]} ${index}`),
    );

    await database.dataSource.transaction((manager) => appendToOutbox(manager, TOPIC, events));

    const rows: { event_id: string; topic: string; message_key: string; event_type: string; payload: unknown }[] =
      await database.dataSource.query(
        `SELECT event_id, topic, message_key, event_type, payload FROM outbox_message
          WHERE event_id = ANY($1::uuid[]) ORDER BY position`,
        [events.map((event) => event.id)],
      );
    expect(rows.map((row) => row.event_id)).toEqual(events.map((event) => event.id));
    rows.forEach((row, index) => {
      const event = events[index]!;
      expect(row).toEqual({
        event_id: event.id,
        topic: TOPIC,
        message_key: event.subject,
        event_type: event.type,
        payload: JSON.parse(JSON.stringify(event)),
      });
    });
  });
});
