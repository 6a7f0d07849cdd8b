import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { TopicNames, validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { createTestDatabase, eventually, readTopic, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { registerAssessmentSchema } from './assessments/register-assessment/register-assessment.input';
import { RegisterAssessmentUseCase } from './assessments/register-assessment/register-assessment.use-case';
import { needsDataSourceOptions } from './database/needs-data-source';
import { PublishNeedsRoundUseCase } from './rounds/publish-round/publish-needs-round.use-case';
import {
  insertReplicatedOrganisations,
  startNeedsTestModule,
  viewerWith,
  type NeedsTestModule,
} from './testing/needs-test-module';
import { roundCommand } from './testing/round-commands';

interface Received {
  key: string | undefined;
  event: CloudEvent<Record<string, unknown>>;
}

/** The valid events keyed by one of `keys` on `topic`, failing on any of them that breaks its contract. */
function eventsAbout(messages: KafkaMessage[], topic: string, keys: ReadonlySet<string>): Received[] {
  const received: Received[] = [];
  for (const message of messages) {
    const key = message.key?.toString();
    if (!key || !keys.has(key)) continue;
    const result = validateCloudEventForTopic(JSON.parse(message.value!.toString()), topic);
    if (!result.ok) throw new Error(`invalid event on ${topic}: ${JSON.stringify(result.error)}`);
    received.push({ key, event: result.event as CloudEvent<Record<string, unknown>> });
  }
  return received;
}

describe('needs events through the outbox relay to Kafka', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;
  const LEAD = randomUUID();
  // An e-mail as user id, as the development issuer allows: it must never reach Kafka.
  const admin = { ...viewerWith('PLATFORM_ADMIN'), userId: 'ana.torres@gtrm.example.org' };

  beforeAll(async () => {
    database = await createTestDatabase('needs_events', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-events'));
    await insertReplicatedOrganisations(database.dataSource, [{ id: LEAD, name: 'OIM' }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('publishes assessments and rounds on their topics, keyed and complete, with valid envelopes', async () => {
    const analysisCode = `EVENTS-${randomUUID().slice(0, 8).toUpperCase()}`;
    const assessment = await app.get(RegisterAssessmentUseCase).execute(
      registerAssessmentSchema.parse({
        title: 'Evaluación rápida en Tacna',
        type: 'RAPID_ASSESSMENT',
        method: 'Grupos focales',
        leadOrganisationIds: [LEAD],
        pcodes: ['PE23'],
        populationGroups: ['IN_TRANSIT'],
        collectionStart: '2025-02-01',
        collectionEnd: '2025-02-10',
        planYear: 2025,
      }),
      admin,
      'corr-assessment',
    );
    const publish = app.get(PublishNeedsRoundUseCase);
    const first = await publish.execute(
      roundCommand(analysisCode, { assessmentId: assessment.id }),
      admin,
      'corr-round',
    );
    const second = await publish.execute(
      roundCommand(analysisCode, { inForceFrom: '2025-06-01' }),
      admin,
      'corr-round-2',
    );

    while ((await app.relay.publishPendingBatch()) > 0);
    const kafka = testKafkaClient('needs-events-reader');
    const assessmentEvents = eventsAbout(
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.needsAssessment,
          (read) => eventsAbout(read, 'needs.assessment', new Set([assessment.id])).length >= 1,
        ),
      ),
      TopicNames.needsAssessment,
      new Set([assessment.id]),
    );
    expect(assessmentEvents[0].event).toMatchObject({
      type: 'org.coordination.needs.assessment.registered.v1',
      subject: assessment.id,
      source: '/coordination/needs',
      correlationid: 'corr-assessment',
      data: { assessmentId: assessment.id, type: 'RAPID_ASSESSMENT', pcodes: ['PE23'], status: 'PLANNED', version: 1 },
    });

    const rounds = new Set([first.id, second.id]);
    // Each round: 5 cells + 2 severity + 1 round; the second also supersedes the first (keyed by the first).
    const roundEvents = eventsAbout(
      await eventually(() =>
        readTopic(kafka, TopicNames.needsPin, (read) => eventsAbout(read, 'needs.pin', rounds).length >= 17),
      ),
      TopicNames.needsPin,
      rounds,
    );
    const typesOf = (id: string) =>
      roundEvents.filter(({ key }) => key === id).map(({ event }) => event.type.split('.').slice(3, 5).join('.'));
    expect(typesOf(first.id)).toEqual([
      ...Array(5).fill('pin.published'),
      'severity.published',
      'severity.published',
      'round.published',
      'round.superseded',
    ]);
    expect(typesOf(second.id)).toHaveLength(8);
    const cell = roundEvents.find(
      ({ key, event }) =>
        key === first.id &&
        event.type.endsWith('pin.published.v1') &&
        event.data.sector === 'FSC' &&
        event.data.pcode === 'PE24',
    );
    expect(cell!.event.data).toMatchObject({
      roundId: first.id,
      analysisCode,
      planYear: 2025,
      inForceFrom: '2025-01-01',
      placeLevel: 'department',
      departmentPcode: 'PE24',
      provincePcode: null,
      populationGroup: 'IN_DESTINATION',
      peopleInNeed: 200,
      cells: { girls: 40, boys: 40, women: 40, men: 40, unknown: 40 },
    });
    const published = roundEvents.find(
      ({ key, event }) => key === first.id && event.type.endsWith('round.published.v1'),
    )!;
    expect(published.event.data).toMatchObject({
      assessmentId: assessment.id,
      supersedesRoundId: null,
      peopleInNeedCellCount: 5,
      severityCount: 2,
      sectorTotals: [
        { sector: 'FSC', peopleInNeed: 1700 },
        { sector: 'HEA', peopleInNeed: 1300 },
        { sector: 'MPC', peopleInNeed: 5000 },
      ],
    });
    const superseded = roundEvents.find(({ event }) => event.type.endsWith('round.superseded.v1'))!;
    expect(superseded.event.data).toMatchObject({
      roundId: first.id,
      supersededByRoundId: second.id,
      supersededFrom: '2025-06-01',
      assessmentId: assessment.id,
    });
    const everything = JSON.stringify([...assessmentEvents, ...roundEvents]);
    for (const personal of ['@', 'ana.torres']) expect(everything).not.toContain(personal);
  }, 120_000);
});
