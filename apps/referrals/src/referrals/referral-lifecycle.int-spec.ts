import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { referralsDataSourceOptions } from '../database/referrals-data-source';
import {
  accept,
  caseWithConsent,
  sendToService,
  setUpScenario,
  type ReferralScenario,
} from '../testing/referral-scenario';
import {
  refusalOf,
  startReferralsTestModule,
  viewerWith,
  type ReferralsTestModule,
} from '../testing/referrals-test-module';
import { forwardReferralSchema } from './forward-referral/forward-referral.input';
import { ForwardReferralUseCase } from './forward-referral/forward-referral.use-case';
import { OverdueSweeper } from './overdue/overdue-sweeper';
import { ReferralQueueQuery } from './queues/referral-queue.query';
import { ReferralNotesReader } from './notes/referral-notes-reader';
import { ReferralReader } from './referral-reader';
import { ReferralStatisticsQuery } from './statistics/referral-statistics.query';
import { ReferralTransitionsUseCase } from './transitions/referral-transitions.use-case';

describe('the referral lifecycle (real PostgreSQL)', () => {
  let database: TestDatabase;
  let app: ReferralsTestModule;
  let scenario: ReferralScenario;
  let transitions: ReferralTransitionsUseCase;

  beforeAll(async () => {
    database = await createTestDatabase('referrals_lifecycle', referralsDataSourceOptions);
    app = await startReferralsTestModule(database, testKafkaClient('referrals-lifecycle'));
    scenario = await setUpScenario(database.dataSource);
    transitions = app.get(ReferralTransitionsUseCase);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function outboxTypes(referralId: string): Promise<string[]> {
    const rows: { event_type: string }[] = await database.dataSource.query(
      `SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`,
      [referralId],
    );
    return rows.map((row) => row.event_type.split('.').slice(4, 5)[0]);
  }

  it('sends to a service (which decides the receiver), accepts and completes, recording every step', async () => {
    const references = await caseWithConsent(app, scenario);
    const sentAt = app.clock.now();
    const sent = await sendToService(app, scenario, references);
    expect(sent).toMatchObject({
      status: 'SENT',
      receivingOrganisationId: scenario.receiver,
      serviceId: scenario.gbvService,
      priority: 'URGENT',
    });
    expect(sent.dueAt.toISOString()).toBe(new Date(sentAt.getTime() + 72 * 3_600_000).toISOString());
    app.clock.advanceHours(5);
    const accepted = await accept(app, sent.id, scenario.receiverWorker);
    expect(accepted).toMatchObject({ status: 'ACCEPTED', version: 2 });
    expect(accepted.respondedAt?.getTime()).toBe(sentAt.getTime() + 5 * 3_600_000);
    app.clock.advanceHours(24);
    const completed = await transitions.complete(
      { referralId: sent.id, outcome: 'SERVICE_PROVIDED', feedback: 'Atendida en dos sesiones' },
      scenario.receiverWorker,
      'c',
    );
    expect(completed).toMatchObject({ status: 'COMPLETED', outcome: 'SERVICE_PROVIDED' });
    expect(await app.get(ReferralNotesReader).notes(completed, scenario.senderWorker, {})).toMatchObject({
      feedback: 'Atendida en dos sesiones',
    });
    const history = await app.get(ReferralReader).transitions(sent.id);
    expect(history.map((step) => [step.fromStatus, step.toStatus, step.actorOrganisationId])).toEqual([
      [null, 'SENT', scenario.sender],
      ['SENT', 'ACCEPTED', scenario.receiver],
      ['ACCEPTED', 'COMPLETED', scenario.receiver],
    ]);
    expect(history.map((step) => step.actorId)).toEqual([
      scenario.senderWorker.userId,
      scenario.receiverWorker.userId,
      scenario.receiverWorker.userId,
    ]);
    expect(await outboxTypes(sent.id)).toEqual(['sent', 'accepted', 'completed']);
  });

  it('rejects with a reason, and lets the sender withdraw an open referral but not a closed one', async () => {
    const references = await caseWithConsent(app, scenario);
    const first = await sendToService(app, scenario, references);
    const rejected = await transitions.reject(
      { referralId: first.id, reason: 'NO_CAPACITY', note: 'Sin cupo este mes' },
      scenario.receiverWorker,
      'c',
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'NO_CAPACITY' });
    expect(await refusalOf(transitions.withdraw({ referralId: first.id }, scenario.senderWorker, 'c'))).toMatchObject({
      code: 'REFERRALS.TRANSITION_NOT_ALLOWED',
    });
    const second = await sendToService(app, scenario, references);
    expect(
      await refusalOf(transitions.withdraw({ referralId: second.id }, scenario.receiverWorker, 'c')),
    ).toMatchObject({
      code: 'REFERRALS.NOT_SENDER',
    });
    expect(await transitions.withdraw({ referralId: second.id }, scenario.senderWorker, 'c')).toMatchObject({
      status: 'WITHDRAWN',
    });
    expect(await outboxTypes(second.id)).toEqual(['sent', 'withdrawn']);
  });

  it('refuses transitions out of order, and answers from anyone but the receiver', async () => {
    const references = await caseWithConsent(app, scenario);
    const sent = await sendToService(app, scenario, references);
    expect(
      await refusalOf(
        transitions.complete(
          { referralId: sent.id, outcome: 'SERVICE_PROVIDED', feedback: 'x' },
          scenario.receiverWorker,
          'c',
        ),
      ),
    ).toMatchObject({ code: 'REFERRALS.TRANSITION_NOT_ALLOWED', field: 'input.referralId' });
    expect(await refusalOf(accept(app, sent.id, scenario.senderWorker))).toMatchObject({
      code: 'REFERRALS.NOT_RECEIVER',
    });
    expect(await refusalOf(accept(app, sent.id, scenario.thirdWorker))).toMatchObject({
      code: 'REFERRALS.REFERRAL_NOT_FOUND',
    });
    expect(
      await refusalOf(accept(app, sent.id, viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null }))),
    ).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    await accept(app, sent.id, scenario.receiverWorker);
    expect(await refusalOf(accept(app, sent.id, scenario.receiverWorker))).toMatchObject({
      code: 'REFERRALS.TRANSITION_NOT_ALLOWED',
    });
    expect(await outboxTypes(sent.id)).toEqual(['sent', 'accepted']);
  });

  it('refuses a referral to a service that does not offer the sector, an inactive one, or the sender itself', async () => {
    const references = await caseWithConsent(app, scenario);
    expect(await refusalOf(sendToService(app, scenario, references, { sector: 'EDU', subSector: null }))).toMatchObject(
      {
        code: 'REFERRALS.SECTOR_NOT_OFFERED',
        field: 'input.sector',
      },
    );
    await database.dataSource.query(`UPDATE service_replica SET status = 'temporarily closed' WHERE id = $1`, [
      scenario.gbvService,
    ]);
    expect(await refusalOf(sendToService(app, scenario, references))).toMatchObject({
      code: 'REFERRALS.SERVICE_NOT_ACTIVE',
      field: 'input.serviceId',
    });
    await database.dataSource.query(`UPDATE service_replica SET status = 'active' WHERE id = $1`, [
      scenario.gbvService,
    ]);
    expect(
      await refusalOf(
        sendToService(app, scenario, references, { serviceId: null, receivingOrganisationId: scenario.sender }),
      ),
    ).toMatchObject({ code: 'REFERRALS.SELF_REFERRAL' });
    expect(await refusalOf(sendToService(app, scenario, references, { placePcode: 'PE999999' }))).toMatchObject({
      code: 'REFERRALS.UNKNOWN_PLACE',
      field: 'input.placePcode',
    });
    const count = await database.dataSource.query(`SELECT count(*)::int AS n FROM referral WHERE case_id = $1`, [
      references.caseId,
    ]);
    expect(count[0].n).toBe(0);
  });

  it('refuses to send without consent, under a consent not covering the receiver, or a case of another organisation', async () => {
    const references = await caseWithConsent(app, scenario, 'adult', [scenario.third]);
    expect(await refusalOf(sendToService(app, scenario, { ...references, consentId: null as never }))).toMatchObject({
      code: 'REFERRALS.CONSENT_REQUIRED',
      field: 'input.consentId',
    });
    expect(await refusalOf(sendToService(app, scenario, references))).toMatchObject({
      code: 'REFERRALS.CONSENT_DOES_NOT_COVER',
    });
    const others = await caseWithConsent(app, scenario);
    const asThird = { ...scenario, senderWorker: scenario.thirdWorker };
    expect(
      await refusalOf(
        sendToService(app, asThird, others, { serviceId: null, receivingOrganisationId: scenario.receiver }),
      ),
    ).toMatchObject({
      code: 'REFERRALS.CASE_OF_OTHER_ORGANISATION',
    });
  });

  it('forwards an accepted referral as a new linked one under a consent covering the next receiver', async () => {
    const references = await caseWithConsent(app, scenario, 'adult', [scenario.receiver, scenario.third]);
    const sent = await sendToService(app, scenario, references);
    const forward = (consentId: string) =>
      app.get(ForwardReferralUseCase).execute(
        forwardReferralSchema.parse({
          referralId: sent.id,
          consentId,
          receivingOrganisationId: scenario.third,
          sector: 'PRO',
          subSector: 'CP',
          reason: 'Requiere protección infantil',
          priority: 'EMERGENCY',
          placePcode: 'PE15',
        }),
        scenario.receiverWorker,
        'c',
      );
    expect(await refusalOf(forward(references.consentId))).toMatchObject({ code: 'REFERRALS.TRANSITION_NOT_ALLOWED' });
    await accept(app, sent.id, scenario.receiverWorker);
    const { forwarded, created } = await forward(references.consentId);
    expect(forwarded).toMatchObject({ status: 'FORWARDED', forwardedToId: created.id });
    expect(created).toMatchObject({
      status: 'SENT',
      caseId: references.caseId,
      sendingOrganisationId: scenario.receiver,
      receivingOrganisationId: scenario.third,
      forwardedFromId: sent.id,
      priority: 'EMERGENCY',
    });
    expect(await outboxTypes(sent.id)).toEqual(['sent', 'accepted', 'forwarded']);
    expect(await outboxTypes(created.id)).toEqual(['sent']);
  });

  it('finds overdue referrals with the injected clock, announces each once, and shows them in both queues', async () => {
    const references = await caseWithConsent(app, scenario);
    const emergency = await sendToService(app, scenario, references, { priority: 'EMERGENCY' });
    const standard = await sendToService(app, scenario, references, { priority: 'STANDARD' });
    const sweeper = app.get(OverdueSweeper);
    app.clock.advanceHours(24);
    expect(await sweeper.sweep()).toBe(0);
    app.clock.advanceHours(1);
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await sweeper.sweep()).toBe(0);
    expect(await outboxTypes(emergency.id)).toEqual(['sent', 'overdue']);
    expect(await outboxTypes(standard.id)).toEqual(['sent']);
    const queue = app.get(ReferralQueueQuery);
    const overdueIds = async (direction: 'incoming' | 'outgoing', viewer = scenario.receiverWorker) =>
      (await queue.page(direction, { overdue: true }, viewer, 100, null)).nodes.map((node) => node.id);
    expect(await overdueIds('incoming')).toContain(emergency.id);
    expect(await overdueIds('incoming')).not.toContain(standard.id);
    expect(await overdueIds('outgoing', scenario.senderWorker)).toContain(emergency.id);
    // Answering late ends "overdue" in the queue but stays counted as late for reporting.
    await accept(app, emergency.id, scenario.receiverWorker);
    expect(await overdueIds('incoming')).not.toContain(emergency.id);
    const coordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null });
    const statistics = await app.get(ReferralStatisticsQuery).statistics({ sector: 'PRO' }, coordinator);
    expect(statistics.answeredLate).toBeGreaterThanOrEqual(1);
    expect(statistics.sent).toBeGreaterThan(3);
    expect(await refusalOf(app.get(ReferralStatisticsQuery).statistics({ sector: 'EDU' }, coordinator))).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    app.clock.advanceHours(14 * 24);
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await outboxTypes(standard.id)).toEqual(['sent', 'overdue']);
  });

  it('lets several sweepers run at once (SKIP LOCKED) and still announces each overdue referral exactly once', async () => {
    const references = await caseWithConsent(app, scenario);
    const ids: string[] = [];
    for (let index = 0; index < 12; index++) {
      ids.push((await sendToService(app, scenario, references, { priority: 'EMERGENCY' })).id);
    }
    app.clock.advanceHours(25);
    const sweeper = app.get(OverdueSweeper);
    const found = await Promise.all([sweeper.sweep(2), sweeper.sweep(2), sweeper.sweep(2)]);
    expect(found.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(ids.length);
    const rows: { message_key: string; n: number }[] = await database.dataSource.query(
      `SELECT message_key, count(*)::int AS n FROM outbox_message
        WHERE event_type = 'org.coordination.referrals.referral.overdue.v1' AND message_key = ANY($1)
        GROUP BY message_key`,
      [ids],
    );
    expect(rows).toHaveLength(ids.length);
    expect(rows.every((row) => row.n === 1)).toBe(true);
  });

  it('pages a queue with a cursor, newest first, filtered by status and priority', async () => {
    const references = await caseWithConsent(app, scenario);
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      app.clock.advanceHours(1);
      ids.push((await sendToService(app, scenario, references, { priority: 'STANDARD' })).id);
    }
    const queue = app.get(ReferralQueueQuery);
    const filter = { statuses: ['SENT' as const], priority: 'STANDARD' as const, overdue: false };
    const first = await queue.page('outgoing', filter, scenario.senderWorker, 2, null);
    expect(first.nodes.map((node) => node.id)).toEqual([ids[2], ids[1]]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await queue.page('outgoing', filter, scenario.senderWorker, 2, first.pageInfo.endCursor);
    expect(second.nodes[0].id).toBe(ids[0]);
    expect((await queue.page('incoming', filter, scenario.thirdWorker, 10, null)).totalCount).toBe(0);
  });
});
