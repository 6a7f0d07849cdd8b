import type { KafkaMessage } from 'kafkajs';
import { TopicNames, validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { createTestDatabase, eventually, readTopic, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from './database/referrals-data-source';
import { FREE_TEXT_WRITTEN, runEveryTransition } from './testing/full-run';
import { secretsOf } from './testing/persons';
import { SENT_REASON, setUpScenario } from './testing/referral-scenario';
import { startReferralsTestModule, type ReferralsTestModule } from './testing/referrals-test-module';

/** The valid events keyed by one of `keys`, failing on any that breaks its contract. */
function eventsAbout(
  messages: KafkaMessage[],
  topic: string,
  keys: ReadonlySet<string>,
): CloudEvent<Record<string, unknown>>[] {
  return messages
    .filter((message) => keys.has(message.key?.toString() ?? ''))
    .map((message) => {
      const result = validateCloudEventForTopic(JSON.parse(message.value!.toString()), topic);
      if (!result.ok) throw new Error(`invalid event on ${topic}: ${JSON.stringify(result.error)}`);
      return result.event as CloudEvent<Record<string, unknown>>;
    });
}

describe('referral events through the outbox relay to Kafka', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_events', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-events'));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('publishes every referral event on its topic with a valid envelope, and no personal data', async () => {
    const scenario = await setUpScenario(database.dataSource);
    const keys = await runEveryTransition(app, scenario);
    while ((await app.relay.publishPendingBatch()) > 0);
    const kafka = testKafkaClient('referrals-events-reader');
    const referralEvents = eventsAbout(
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.referralsReferral,
          (read) => eventsAbout(read, TopicNames.referralsReferral, keys).length >= 12,
        ),
      ),
      TopicNames.referralsReferral,
      keys,
    );
    const consentEvents = eventsAbout(
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.referralsConsent,
          (read) => eventsAbout(read, TopicNames.referralsConsent, keys).length >= 1,
        ),
      ),
      TopicNames.referralsConsent,
      keys,
    );
    const kinds = new Set(referralEvents.map((event) => event.type.split('.')[4]));
    expect([...kinds].sort()).toEqual([
      'accepted',
      'completed',
      'forwarded',
      'overdue',
      'rejected',
      'sent',
      'withdrawn',
    ]);
    expect(consentEvents.map((event) => event.type)).toEqual(['org.coordination.referrals.consent.revoked.v1']);
    for (const event of referralEvents) {
      expect(event).toMatchObject({ source: '/coordination/referrals', subject: event.data.referralId });
      expect(event.data.caseId).toEqual(expect.any(String));
    }
    const everything = JSON.stringify([...referralEvents, ...consentEvents]).toLowerCase();
    for (const secret of [...secretsOf('adult'), ...secretsOf('child')]) {
      expect(everything).not.toContain(secret.toLowerCase());
    }
    // Free text stays in the service: reasons and feedback never travel.
    for (const text of [SENT_REASON, ...FREE_TEXT_WRITTEN]) expect(everything).not.toContain(text.toLowerCase());
  }, 120_000);
});
