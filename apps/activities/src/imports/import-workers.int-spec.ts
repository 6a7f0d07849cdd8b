import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { activitiesDataSourceOptions } from '../database/activities-data-source';
import {
  insertReplicatedOrganisations,
  startActivitiesTestModule,
  viewerWith,
  type ActivitiesTestModule,
} from '../testing/activities-test-module';
import { CODE_HEADER, csvText, goodRow, queueImport } from '../testing/import-jobs';
import { ImportJobReader } from './job/import-job-reader';
import { ImportJobStore } from './job/import-job-store';
import { ImportJobProcessor } from './processing/import-job.processor';
import { importedReportId } from './rows/imported-report-id';
import { ImportWorker } from './worker/import-worker';

const CARITAS = randomUUID();

describe('import workers sharing jobs on PostgreSQL', () => {
  let database: TestDatabase;
  let app: ActivitiesTestModule;
  const reporter = viewerWith('PARTNER_REPORTER', CARITAS);
  const file = csvText([CODE_HEADER, goodRow(), goodRow({ Ubigeo: 'PE150101' })]);
  const newWorker = () => new ImportWorker(app.get(ImportJobStore), app.get(ImportJobProcessor));

  beforeAll(async () => {
    database = await createTestDatabase('activities', activitiesDataSourceOptions);
    app = await startActivitiesTestModule(database, testKafkaClient('activities-import-workers'));
    await insertReplicatedOrganisations(database.dataSource, [{ id: CARITAS, name: 'Cáritas del Perú' }]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('gives a job to exactly one of two workers asking at the same time', async () => {
    const job = await queueImport(app, { content: file }, reporter);
    const [first, second] = [newWorker(), newWorker()];
    const ran = await Promise.all([first.processNext(), second.processNext()]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    const done = await app.get(ImportJobReader).visibleJob(job.id, reporter);
    expect(done).toMatchObject({ status: 'COMPLETED', attempts: 1, reportsCreated: 2 });
    expect(await newWorker().processNext()).toBe(false);
  });

  it('takes over a job whose worker died mid-way once its lease lapses, and creates each report once', async () => {
    const job = await queueImport(app, { content: file }, reporter);
    // A worker claims it and dies: nothing of its transaction survives, its lease stays until it lapses.
    const claimed = await app.get(ImportJobStore).claimNext('dead-worker');
    expect(claimed?.id).toBe(job.id);
    expect(await newWorker().processNext()).toBe(false);
    await database.dataSource.query(
      `UPDATE import_job SET status = 'COMMITTING', lease_expires_at = now() - interval '1 second' WHERE id = $1`,
      [job.id],
    );

    expect(await newWorker().processNext()).toBe(true);
    const done = await app.get(ImportJobReader).visibleJob(job.id, reporter);
    expect(done).toMatchObject({ status: 'COMPLETED', attempts: 2, reportsCreated: 2, leaseOwner: null });
    const ids = [importedReportId(job.id, 2), importedReportId(job.id, 3)];
    const [{ n }] = await database.dataSource.query(
      `SELECT count(*)::int AS n FROM activity_report WHERE id = ANY($1)`,
      [ids],
    );
    expect(n).toBe(2);
    const [{ events }] = await database.dataSource.query(
      `SELECT count(*)::int AS events FROM outbox_message WHERE message_key = ANY($1)`,
      [ids],
    );
    expect(events).toBe(2);
  });

  it('fails a job after its third lapsed attempt instead of retrying it forever', async () => {
    const job = await queueImport(app, { content: file }, reporter);
    for (let attempt = 1; attempt <= 3; attempt++) {
      await app.get(ImportJobStore).claimNext(`dying-worker-${attempt}`);
      await database.dataSource.query(
        `UPDATE import_job SET lease_expires_at = now() - interval '1 second' WHERE id = $1`,
        [job.id],
      );
    }
    expect(await newWorker().processNext()).toBe(true);
    const failed = await app.get(ImportJobReader).visibleJob(job.id, reporter);
    expect(failed).toMatchObject({ status: 'FAILED', failureCode: 'IMPORT.PROCESSING_FAILED', attempts: 4 });
  });

  it('shows a job to its organisation and platform admins only', async () => {
    const job = await queueImport(app, { content: file, dryRun: true }, reporter);
    const colleague = viewerWith('PARTNER_ADMIN', CARITAS);
    expect((await app.get(ImportJobReader).visibleJob(job.id, colleague)).id).toBe(job.id);
    expect((await app.get(ImportJobReader).visibleJob(job.id, viewerWith('PLATFORM_ADMIN'))).id).toBe(job.id);
    await expect(
      app.get(ImportJobReader).visibleJob(job.id, viewerWith('PARTNER_REPORTER', randomUUID())),
    ).rejects.toMatchObject({
      extensions: { code: 'IMPORT.JOB_NOT_FOUND' },
    });
  });
});
