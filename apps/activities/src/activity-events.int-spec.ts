import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { TopicNames, validateCloudEventForTopic, type CloudEvent } from '@coordination/contracts';
import { createTestDatabase, eventually, readTopic, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from './database/activities-data-source';
import { LockReportingPeriodUseCase } from './reporting-periods/lock-period/lock-reporting-period.use-case';
import { ReopenReportingPeriodUseCase } from './reporting-periods/reopen-period/reopen-reporting-period.use-case';
import { ApproveActivityReportUseCase } from './reports/commands/approve-report/approve-activity-report.use-case';
import { CreateActivityReportUseCase } from './reports/commands/create-report/create-activity-report.use-case';
import { DeleteActivityReportUseCase } from './reports/commands/delete-report/delete-activity-report.use-case';
import { ReturnActivityReportUseCase } from './reports/commands/return-report/return-activity-report.use-case';
import { SubmitActivityReportUseCase } from './reports/commands/submit-report/submit-activity-report.use-case';
import { UpdateActivityReportUseCase } from './reports/commands/update-report/update-activity-report.use-case';
import { SetTargetUseCase } from './targets/set-target/set-target.use-case';
import {
  insertReplicatedOrganisations,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from './testing/activities-test-module';
import { reportCommand } from './testing/report-commands';

const CARITAS = randomUUID();
const PREFIX = 'org.coordination.activities.';

interface Received {
  key: string | undefined;
  event: CloudEvent<Record<string, unknown>>;
}

/** The valid events of `subjects` on `topic`, failing on any message about them that breaks its contract. */
function eventsAbout(messages: KafkaMessage[], topic: string, subjects: ReadonlySet<string>): Received[] {
  const received: Received[] = [];
  for (const message of messages) {
    const key = message.key?.toString();
    if (!key || !subjects.has(key)) continue;
    const result = validateCloudEventForTopic(JSON.parse(message.value!.toString()), topic);
    if (!result.ok) throw new Error(`invalid event on ${topic}: ${JSON.stringify(result.error)}`);
    received.push({ key, event: result.event as CloudEvent<Record<string, unknown>> });
  }
  return received;
}

describe('activities events through the outbox relay to Kafka', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  // An e-mail as user id, as the development issuer allows: it must never reach Kafka.
  const reporter = { ...viewerWith('PARTNER_REPORTER', CARITAS), userId: 'maria.quispe@caritas.example.org' };
  const coordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: 'PE15' });
  const admin = { ...viewerWith('PLATFORM_ADMIN'), userId: 'admin@gtrm.example.org' };
  const month = '2025-08';

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-events'));
    await insertReplicatedOrganisations(database.dataSource, [{ id: CARITAS, name: 'Cáritas del Perú' }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('publishes every event type on its topic, keyed by its aggregate, with a valid CloudEvent envelope', async () => {
    const create = app.get(CreateActivityReportUseCase);
    const report = await create.execute(reportCommand(CARITAS, { month }), reporter, 'corr-events');
    await app.get(UpdateActivityReportUseCase).execute({ id: report.id, siteName: 'Casa refugio' }, reporter, 'c');
    await app.get(SubmitActivityReportUseCase).execute({ id: report.id }, reporter, 'c');
    await app.get(ReturnActivityReportUseCase).execute({ id: report.id, comment: 'Revisar niñas' }, coordinator, 'c');
    await app.get(SubmitActivityReportUseCase).execute({ id: report.id }, reporter, 'c');
    await app.get(ApproveActivityReportUseCase).execute({ id: report.id }, coordinator, 'c');
    const draft = await create.execute(reportCommand(CARITAS, { month }), reporter, 'c');
    await app.get(DeleteActivityReportUseCase).execute({ id: draft.id }, reporter, 'c');
    const target = await app
      .get(SetTargetUseCase)
      .execute(
        { organisationId: CARITAS, indicatorCode: 'PRO-GBV-01', pcode: 'PE150132', planYear: 2025, quantity: 300 },
        reporter,
        'c',
      );
    await app.get(LockReportingPeriodUseCase).execute({ month, reason: 'Cierre de agosto' }, admin, 'c');
    await app.get(ReopenReportingPeriodUseCase).execute({ month, reason: 'Corrección de HIAS' }, admin, 'c');

    while ((await app.relay.publishPendingBatch()) > 0);
    const [{ pending }] = await database.dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_message WHERE published_at IS NULL`,
    );
    expect(pending).toBe(0);

    const kafka = testKafkaClient('activities-events-reader');
    const reports = new Set([report.id, draft.id]);
    const reportEvents = eventsAbout(
      await eventually(() =>
        readTopic(
          kafka,
          TopicNames.activitiesReport,
          (read) => eventsAbout(read, 'activities.report', reports).length >= 8,
        ),
      ),
      TopicNames.activitiesReport,
      reports,
    );
    // Kafka keeps order per key (one partition per report), not across reports.
    const typesOf = (id: string) =>
      reportEvents
        .filter(({ key, event }) => key === id && event.subject === id)
        .map(({ event }) => event.type.slice(PREFIX.length));
    expect(typesOf(report.id)).toEqual([
      'report.created.v1',
      'report.updated.v1',
      'report.submitted.v1',
      'report.returned.v1',
      'report.submitted.v1',
      'report.approved.v1',
    ]);
    expect(typesOf(draft.id)).toEqual(['report.created.v1', 'report.deleted.v1']);
    const ofReport = reportEvents.filter(({ key }) => key === report.id);
    const approved = ofReport[5].event;
    expect(approved).toMatchObject({ source: '/coordination/activities', datacontenttype: 'application/json' });
    expect(approved.data).toMatchObject({
      reportId: report.id,
      version: 6,
      status: 'APPROVED',
      reportingOrganisationId: CARITAS,
      implementingOrganisationId: CARITAS,
      sector: 'PRO',
      subSector: 'GBV',
      indicatorCode: 'PRO-GBV-01',
      unit: 'PEOPLE',
      aggregation: 'UNIQUE_CUMULATIVE',
      planYear: 2025,
      month,
      pcode: 'PE150132',
      placeLevel: 'district',
      departmentPcode: 'PE15',
      provincePcode: 'PE1501',
      districtPcode: 'PE150132',
      siteName: 'Casa refugio',
      quantity: 40,
      cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
      newBeneficiaries: 25,
    });
    expect(ofReport[0].event).toMatchObject({ correlationid: 'corr-events', actororg: CARITAS });
    expect(ofReport[1].event.data.changedFields).toEqual(['siteName']);

    const targetEvents = eventsAbout(
      await readTopic(
        kafka,
        TopicNames.activitiesTarget,
        (read) => eventsAbout(read, 'activities.target', new Set([target.id])).length >= 1,
      ),
      TopicNames.activitiesTarget,
      new Set([target.id]),
    );
    expect(targetEvents.map(({ event }) => [event.type, event.data.quantity])).toEqual([
      ['org.coordination.activities.target.set.v1', 300],
    ]);

    const months = new Set([month]);
    const periodMessages = await readTopic(
      kafka,
      TopicNames.activitiesPeriod,
      (read) => eventsAbout(read, 'activities.period', months).length >= 2,
    );
    const periodEvents = eventsAbout(periodMessages, TopicNames.activitiesPeriod, months).slice(-2);
    expect(periodEvents.map(({ event }) => [event.type, event.data.reason])).toEqual([
      ['org.coordination.activities.period.locked.v1', 'Cierre de agosto'],
      ['org.coordination.activities.period.reopened.v1', 'Corrección de HIAS'],
    ]);
    expect(periodEvents[1].event.data.reopenedBy).toMatch(/^sha256:[0-9a-f]{32}$/);

    const everything = JSON.stringify([...reportEvents, ...targetEvents, ...periodEvents]);
    for (const personal of ['@', 'maria', 'quispe', 'Revisar niñas']) expect(everything).not.toContain(personal);
  }, 120_000);
});
