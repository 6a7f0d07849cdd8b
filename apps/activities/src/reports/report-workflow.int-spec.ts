import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import { LockReportingPeriodUseCase } from '../reporting-periods/lock-period/lock-reporting-period.use-case';
import { ReopenReportingPeriodUseCase } from '../reporting-periods/reopen-period/reopen-reporting-period.use-case';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { healthReportCommand, reportCommand } from '../testing/report-commands';
import { ApproveActivityReportUseCase } from './commands/approve-report/approve-activity-report.use-case';
import { CreateActivityReportUseCase } from './commands/create-report/create-activity-report.use-case';
import { DeleteActivityReportUseCase } from './commands/delete-report/delete-activity-report.use-case';
import { ReturnActivityReportUseCase } from './commands/return-report/return-activity-report.use-case';
import { SubmitActivityReportUseCase } from './commands/submit-report/submit-activity-report.use-case';
import { UpdateActivityReportUseCase } from './commands/update-report/update-activity-report.use-case';
import { ReportReader } from './queries/report-reader';

const CARITAS = randomUUID();
const HIAS = randomUUID();

describe('activity report workflow on PostgreSQL: review, history, locks, idempotent creates', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  let create: CreateActivityReportUseCase;
  let update: UpdateActivityReportUseCase;
  let submit: SubmitActivityReportUseCase;
  let approve: ApproveActivityReportUseCase;
  let giveBack: ReturnActivityReportUseCase;
  let remove: DeleteActivityReportUseCase;
  let reader: ReportReader;
  const reporter = viewerWith('PARTNER_REPORTER', CARITAS);
  const otherPartner = viewerWith('PARTNER_REPORTER', HIAS);
  const protectionCoordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: null });
  const limaProtection = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: 'PE15' });
  const tumbesProtection = viewerWith('SECTOR_COORDINATOR', null, { sector: 'PRO', region: 'PE24' });
  const healthCoordinator = viewerWith('SECTOR_COORDINATOR', null, { sector: 'HEA', region: null });
  const admin = viewerWith('PLATFORM_ADMIN');

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-workflow'));
    create = app.get(CreateActivityReportUseCase);
    update = app.get(UpdateActivityReportUseCase);
    submit = app.get(SubmitActivityReportUseCase);
    approve = app.get(ApproveActivityReportUseCase);
    giveBack = app.get(ReturnActivityReportUseCase);
    remove = app.get(DeleteActivityReportUseCase);
    reader = app.get(ReportReader);
    await insertReplicatedOrganisations(database.dataSource, [
      { id: CARITAS, name: 'Cáritas del Perú' },
      { id: HIAS, name: 'HIAS Perú' },
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function count(table: string, where = 'TRUE', params: unknown[] = []): Promise<number> {
    const [{ rows }] = await database.dataSource.query(
      `SELECT count(*)::int AS rows FROM ${table} WHERE ${where}`,
      params,
    );
    return rows;
  }

  const eventsOf = (id: string) =>
    database.dataSource
      .query(`SELECT event_type FROM outbox_message WHERE message_key = $1 ORDER BY position`, [id])
      .then((rows: { event_type: string }[]) => rows.map((row) => row.event_type.split('.').at(-2)));

  it('goes from draft to submitted, returned with a comment, fixed, resubmitted and approved, keeping every change', async () => {
    const draft = await create.execute(reportCommand(CARITAS), reporter, 'corr-1');
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, planYear: 2025, departmentPcode: 'PE15' });
    expect(draft.provincePcode).toBe('PE1501');

    const submitted = await submit.execute({ id: draft.id }, reporter, 'corr-2');
    expect(submitted).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const comment = 'Las celdas por sexo y edad no coinciden con el registro de casos: revisar niñas.';
    const returned = await giveBack.execute({ id: draft.id, comment }, limaProtection, 'corr-3');
    expect(returned).toMatchObject({ status: 'RETURNED', returnComment: comment, version: 3 });

    const cells = { girls: 8, boys: 0, women: 30, men: 0, unknown: 2 };
    const fixed = await update.execute({ id: draft.id, cells, expectedVersion: 3 }, reporter, 'corr-4');
    expect(fixed).toMatchObject({ status: 'RETURNED', version: 4, girls: 8, women: 30 });

    await submit.execute({ id: draft.id }, reporter, 'corr-5');
    const approved = await approve.execute({ id: draft.id }, protectionCoordinator, 'corr-6');
    expect(approved).toMatchObject({ status: 'APPROVED', version: 6, reviewedBy: protectionCoordinator.userId });

    const history = await reader.history(draft.id, reporter);
    expect(history.map((revision) => [revision.revision, revision.action])).toEqual([
      [1, 'CREATED'],
      [2, 'SUBMITTED'],
      [3, 'RETURNED'],
      [4, 'UPDATED'],
      [5, 'SUBMITTED'],
      [6, 'APPROVED'],
    ]);
    expect(history[0].changes).toEqual(expect.arrayContaining([{ field: 'quantity', from: null, to: 40 }]));
    expect(history[2]).toMatchObject({ actorUserId: limaProtection.userId, comment });
    expect(history[2].changes).toEqual([
      { field: 'status', from: 'SUBMITTED', to: 'RETURNED' },
      { field: 'returnComment', from: null, to: comment },
    ]);
    expect(history[3]).toMatchObject({ actorUserId: reporter.userId, actorOrganisationId: CARITAS });
    expect(history[3].changes).toEqual([
      { field: 'cells', from: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 }, to: cells },
    ]);
    expect(await eventsOf(draft.id)).toEqual(['created', 'submitted', 'returned', 'updated', 'submitted', 'approved']);
  });

  it('allows edits only in draft and returned, and reviews only by the coordinator of the sector and region', async () => {
    const { id } = await create.execute(reportCommand(CARITAS), reporter, 'corr');
    expect((await refusalOf(approve.execute({ id }, protectionCoordinator, 'c'))).code).toBe('REPORT.NOT_FOUND');
    expect((await refusalOf(approve.execute({ id }, admin, 'c'))).code).toBe('REPORT.INVALID_TRANSITION');
    await submit.execute({ id }, reporter, 'corr');

    expect(await refusalOf(update.execute({ id, quantity: 41 }, reporter, 'c'))).toMatchObject({
      code: 'REPORT.NOT_EDITABLE',
      field: 'input.id',
    });
    expect((await refusalOf(approve.execute({ id }, reporter, 'c'))).code).toBe('AUTH.FORBIDDEN');
    expect((await refusalOf(approve.execute({ id }, healthCoordinator, 'c'))).code).toBe('REPORT.NOT_FOUND');
    expect((await refusalOf(approve.execute({ id }, tumbesProtection, 'c'))).code).toBe('REPORT.NOT_FOUND');
    expect((await refusalOf(giveBack.execute({ id, comment: 'no' }, otherPartner, 'c'))).code).toBe('REPORT.NOT_FOUND');
    expect((await refusalOf(approve.execute({ id, expectedVersion: 1 }, limaProtection, 'c'))).code).toBe(
      'REPORT.VERSION_CONFLICT',
    );

    await approve.execute({ id, expectedVersion: 2 }, limaProtection, 'c');
    expect((await refusalOf(giveBack.execute({ id, comment: 'too late' }, limaProtection, 'c'))).code).toBe(
      'REPORT.INVALID_TRANSITION',
    );
    expect((await refusalOf(submit.execute({ id }, reporter, 'c'))).code).toBe('REPORT.INVALID_TRANSITION');
  });

  it('deletes drafts only, keeping their history and their id', async () => {
    const command = reportCommand(CARITAS);
    const { id } = await create.execute(command, reporter, 'corr');
    expect((await refusalOf(remove.execute({ id }, otherPartner, 'c'))).code).toBe('REPORT.NOT_FOUND');
    const deleted = await remove.execute({ id }, reporter, 'corr');
    expect(deleted.deletedAt).toBeInstanceOf(Date);

    expect((await refusalOf(reader.visibleReport(id, reporter))).code).toBe('REPORT.NOT_FOUND');
    expect((await reader.history(id, reporter)).map((revision) => revision.action)).toEqual(['CREATED', 'DELETED']);
    expect(await refusalOf(create.execute(command, reporter, 'c'))).toMatchObject({
      code: 'REPORT.ID_CONFLICT',
      field: 'input.id',
    });
    expect(await eventsOf(id)).toEqual(['created', 'deleted']);

    const submitted = await create.execute(reportCommand(CARITAS), reporter, 'corr');
    await submit.execute({ id: submitted.id }, reporter, 'corr');
    expect((await refusalOf(remove.execute({ id: submitted.id }, reporter, 'c'))).code).toBe('REPORT.NOT_DELETABLE');
  });

  it('treats a repeated create with the same id as the same request, and another report on that id as a conflict', async () => {
    const ulid = '01jq8z6w3v2m4n5p6q7r8s9t0v';
    const command = reportCommand(CARITAS, { id: ulid });
    expect(command.id).toBe(ulid.toUpperCase());
    const first = await create.execute(command, reporter, 'corr');
    const again = await create.execute(reportCommand(CARITAS, { id: ulid }), reporter, 'corr');
    expect(again).toEqual(first);
    const both = await Promise.all([
      create.execute(command, reporter, 'corr'),
      create.execute(command, reporter, 'corr'),
    ]);
    expect(both.map((report) => report.id)).toEqual([first.id, first.id]);
    expect(await count('activity_report', 'id = $1', [first.id])).toBe(1);
    expect(await count('activity_report_revision', 'report_id = $1', [first.id])).toBe(1);
    expect(await count('outbox_message', 'message_key = $1', [first.id])).toBe(1);

    const different = reportCommand(CARITAS, { id: ulid, quantity: 41, cells: { ...command.cells!, unknown: 3 } });
    expect(await refusalOf(create.execute(different, reporter, 'c'))).toMatchObject({
      code: 'REPORT.ID_CONFLICT',
      field: 'input.id',
    });
    expect((await refusalOf(create.execute(command, otherPartner, 'c'))).code).toBe('AUTH.FORBIDDEN');
  });

  it('refuses every change to reports of a locked month until it is reopened, and keeps who reopened it and why', async () => {
    const month = '2025-06';
    const lock = app.get(LockReportingPeriodUseCase);
    const reopen = app.get(ReopenReportingPeriodUseCase);
    const draft = await create.execute(reportCommand(CARITAS, { month }), reporter, 'corr');
    const submitted = await create.execute(healthReportCommand(CARITAS, { month }), reporter, 'corr');
    await submit.execute({ id: submitted.id }, reporter, 'corr');
    const march = await create.execute(reportCommand(CARITAS, { month: '2025-03' }), reporter, 'corr');

    expect((await refusalOf(lock.execute({ month }, reporter, 'c'))).code).toBe('AUTH.FORBIDDEN');
    await lock.execute({ month, reason: 'Consolidado del primer semestre' }, admin, 'corr');
    const lockedAgain = await lock.execute({ month }, admin, 'corr');
    expect(lockedAgain).toMatchObject({ month, status: 'LOCKED' });
    expect(lockedAgain.history).toHaveLength(1);

    const refusals = await Promise.all([
      refusalOf(create.execute(reportCommand(CARITAS, { month }), reporter, 'c')),
      refusalOf(update.execute({ id: draft.id, quantity: 40, siteName: 'Casa refugio' }, reporter, 'c')),
      refusalOf(submit.execute({ id: draft.id }, reporter, 'c')),
      refusalOf(remove.execute({ id: draft.id }, reporter, 'c')),
      refusalOf(approve.execute({ id: submitted.id }, healthCoordinator, 'c')),
      refusalOf(giveBack.execute({ id: submitted.id, comment: 'revisar' }, healthCoordinator, 'c')),
      refusalOf(update.execute({ id: march.id, month }, reporter, 'c')),
    ]);
    expect(refusals.map((refusal) => refusal.code)).toEqual(Array(7).fill('REPORT.PERIOD_LOCKED'));
    expect(refusals.map((refusal) => refusal.field)).toEqual([
      'input.month',
      'input.id',
      'input.id',
      'input.id',
      'input.id',
      'input.id',
      'input.month',
    ]);
    expect(await count('activity_report', 'month = $1', [month])).toBe(2);

    const reason = 'Cáritas corrige cifras de Lima tras auditoría';
    const reopened = await reopen.execute({ month, reason }, admin, 'corr');
    expect(reopened.status).toBe('OPEN');
    expect(reopened.history.map(({ action, actorUserId, reason: why }) => [action, actorUserId, why])).toEqual([
      ['LOCKED', admin.userId, 'Consolidado del primer semestre'],
      ['REOPENED', admin.userId, reason],
    ]);
    expect(reopened.history[1].at).toBeInstanceOf(Date);
    await expect(approve.execute({ id: submitted.id }, healthCoordinator, 'corr')).resolves.toMatchObject({
      status: 'APPROVED',
    });
    await expect(submit.execute({ id: draft.id }, reporter, 'corr')).resolves.toMatchObject({ status: 'SUBMITTED' });
  });
});
