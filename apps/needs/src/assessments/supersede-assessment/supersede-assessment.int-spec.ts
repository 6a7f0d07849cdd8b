import { randomUUID } from 'node:crypto';
import { createTestDatabase, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { needsDataSourceOptions } from '../../database/needs-data-source';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startNeedsTestModule,
  viewerWith,
  type NeedsTestModule,
} from '../../testing/needs-test-module';
import { PublishAssessmentUseCase } from '../publish-assessment/publish-assessment.use-case';
import { assessmentCommandFor } from '../../testing/assessment-commands';
import { RegisterAssessmentUseCase } from '../register-assessment/register-assessment.use-case';
import { SupersedeAssessmentUseCase } from './supersede-assessment.use-case';

const IOM = randomUUID();
const UNHCR = randomUUID();

const assessmentCommand = (overrides: Record<string, unknown> = {}) => assessmentCommandFor(IOM, overrides);

describe('superseding an assessment', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;
  let register: RegisterAssessmentUseCase;
  const iomAdmin = viewerWith('PARTNER_ADMIN', IOM);

  beforeAll(async () => {
    database = await createTestDatabase('needs_supersede', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('needs-supersede'));
    register = app.get(RegisterAssessmentUseCase);
    await insertReplicatedOrganisations(database.dataSource, [
      { id: IOM, name: 'OIM' },
      { id: UNHCR, name: 'ACNUR' },
    ]);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('supersedes a published assessment by a newer published one, with its event, and refuses what makes no sense', async () => {
    const publish = app.get(PublishAssessmentUseCase);
    const sourceUrl = 'https://www.r4v.info/es/document/gtrm-jna';
    const registerPublished = async (collectionEnd: string) => {
      const registered = await register.execute(
        assessmentCommand({ type: 'JOINT_NEEDS_ANALYSIS', collectionStart: '2024-01-01', collectionEnd }),
        iomAdmin,
        'c',
      );
      return publish.execute({ id: registered.id, expectedVersion: 1, sourceUrl }, iomAdmin, 'c');
    };
    const older = await registerPublished('2024-06-30');
    const newer = await registerPublished('2025-06-30');
    const planned = await register.execute(assessmentCommand(), iomAdmin, 'c');
    const supersede = app.get(SupersedeAssessmentUseCase);
    const attempt = (id: string, by: string, version = 2) =>
      refusalOf(supersede.execute({ id, expectedVersion: version, supersededByAssessmentId: by }, iomAdmin, 'c'));

    expect(await attempt(older.id, older.id)).toMatchObject({ code: 'NEEDS.SUPERSEDED_BY_ITSELF' });
    expect(await attempt(older.id, planned.id)).toMatchObject({
      code: 'NEEDS.NOT_PUBLISHED',
      field: 'input.supersededByAssessmentId',
    });
    expect(await attempt(older.id, randomUUID())).toMatchObject({ code: 'NEEDS.ASSESSMENT_NOT_FOUND' });
    expect(await attempt(newer.id, older.id)).toMatchObject({ code: 'NEEDS.SUPERSEDED_BY_OLDER' });
    expect(await attempt(planned.id, newer.id, 1)).toMatchObject({ code: 'NEEDS.NOT_PUBLISHED', field: 'input.id' });
    expect(
      await refusalOf(
        supersede.execute(
          { id: older.id, expectedVersion: 2, supersededByAssessmentId: newer.id },
          viewerWith('PARTNER_ADMIN', UNHCR),
          'c',
        ),
      ),
    ).toMatchObject({ code: 'AUTH.FORBIDDEN' });

    const superseded = await supersede.execute(
      { id: older.id, expectedVersion: 2, supersededByAssessmentId: newer.id },
      iomAdmin,
      'c',
    );
    expect(superseded).toMatchObject({
      status: 'PUBLISHED',
      version: 3,
      supersededByAssessmentId: newer.id,
      supersededAt: expect.any(Date),
    });
    expect(await attempt(older.id, newer.id, 3)).toMatchObject({ code: 'NEEDS.ALREADY_SUPERSEDED' });
    const [event] = await database.dataSource.query(
      `SELECT payload FROM outbox_message WHERE message_key = $1 AND event_type = $2`,
      [older.id, 'org.coordination.needs.assessment.superseded.v1'],
    );
    expect(event.payload.data).toMatchObject({
      assessmentId: older.id,
      version: 3,
      supersededByAssessmentId: newer.id,
    });
  });
});
