import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { TopicNames, validateCloudEventForTopic } from '@coordination/contracts';
import { createTestDatabase, eventually, readTopic, testKafkaClient, type TestDatabase } from '@coordination/testing';
import { registerAssessmentSchema } from '../assessments/register-assessment/register-assessment.input';
import { RegisterAssessmentUseCase } from '../assessments/register-assessment/register-assessment.use-case';
import { needsDataSourceOptions } from '../database/needs-data-source';
import {
  insertReplicatedOrganisations,
  refusalOf,
  startNeedsTestModule,
  viewerWith,
  type NeedsTestModule,
} from '../testing/needs-test-module';
import { setKoboFormMappingSchema } from './set-kobo-form-mapping.input';
import { SetKoboFormMappingUseCase } from './set-kobo-form-mapping.use-case';

const MAPPING = {
  place: { field: 'lugar/distrito', coding: 'pcode' },
  populationGroup: { value: 'IN_DESTINATION' },
  values: [
    { field: 'hogar/miembros', name: 'householdSize', type: 'integer', required: true },
    { field: 'necesidades/principal', name: 'mainNeed', type: 'text' },
  ],
};

interface Answer {
  status: number;
  body: { outcome?: string; recordId?: string; revision?: number; error?: { code: string; field: string | null } };
}

describe('KoboToolbox intake over HTTP (real PostgreSQL and Kafka)', () => {
  let database: TestDatabase;
  let app: NeedsTestModule;
  let formId: string;
  let secret: string;
  let assessmentId: string;
  const lead = randomUUID();
  const admin = viewerWith('PLATFORM_ADMIN');
  const assetUid = `aKobo${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    database = await createTestDatabase('kobo_intake', needsDataSourceOptions);
    app = await startNeedsTestModule(database, testKafkaClient('kobo-intake'), { http: true });
    await insertReplicatedOrganisations(database.dataSource, [{ id: lead, name: 'Encuesta Lima Norte' }]);
    const assessment = await app.get(RegisterAssessmentUseCase).execute(
      registerAssessmentSchema.parse({
        title: 'Encuesta de hogares en Lima Norte',
        type: 'HOUSEHOLD_SURVEY',
        method: 'Encuesta KoboToolbox',
        leadOrganisationIds: [lead],
        pcodes: ['PE1501'],
        populationGroups: ['IN_DESTINATION'],
        collectionStart: '2026-03-01',
        collectionEnd: '2026-03-31',
        planYear: 2026,
      }),
      admin,
      'corr-kobo',
    );
    assessmentId = assessment.id;
    const registration = await app
      .get(SetKoboFormMappingUseCase)
      .execute(
        setKoboFormMappingSchema.parse({ assessmentId, koboAssetUid: assetUid, mappingJson: JSON.stringify(MAPPING) }),
        admin,
      );
    formId = registration.formMapping.id;
    secret = registration.secret!;
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  function submission(uuid: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      _uuid: uuid,
      _xform_id_string: assetUid,
      'meta/instanceID': `uuid:${uuid}`,
      today: '2026-03-12',
      'lugar/distrito': 'PE150135',
      'hogar/miembros': 4,
      'necesidades/principal': 'empleo',
      'respondente/nombre': 'Rosa Huamán Ccori',
      ...overrides,
    };
  }

  async function post(body: unknown, headers: Record<string, string> = { 'x-kobo-secret': secret }, id = formId) {
    const response = await fetch(`${app.baseUrl}/intake/kobo/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  async function rowCounts() {
    const [counts] = await database.dataSource.query(`
      SELECT (SELECT count(*)::int FROM assessment_record) AS records,
             (SELECT count(*)::int FROM assessment_record_revision) AS revisions,
             (SELECT count(*)::int FROM outbox_message) AS events`);
    return counts as { records: number; revisions: number; events: number };
  }

  it('keeps one record for a submission posted three times, and applies an edit as a new revision', async () => {
    const uuid = randomUUID();
    const first = await post(submission(uuid));
    expect(first).toMatchObject({ status: 201, body: { outcome: 'CREATED', revision: 1 } });
    const again = await post(submission(uuid));
    const thirdTime = await post(submission(uuid), {
      authorization: `Basic ${Buffer.from(`kobo:${secret}`).toString('base64')}`,
    });
    expect([again.body.outcome, thirdTime.body.outcome]).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(again.body.recordId).toBe(first.body.recordId);

    const editId = `uuid:${randomUUID()}`;
    const edit = submission(uuid, {
      'meta/instanceID': editId,
      'meta/deprecatedID': `uuid:${uuid}`,
      'hogar/miembros': 6,
    });
    expect(await post(edit)).toMatchObject({ status: 200, body: { outcome: 'UPDATED', revision: 2 } });
    expect((await post(edit)).body.outcome).toBe('UNCHANGED');
    expect((await post(submission(uuid))).body.outcome).toBe('UNCHANGED');

    const stale = await post(
      submission(uuid, { 'meta/instanceID': `uuid:${randomUUID()}`, 'meta/deprecatedID': `uuid:${uuid}` }),
    );
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { code: 'KOBO.STALE_EDIT', field: 'meta/deprecatedID' } },
    });

    const records = await database.dataSource.query(
      `SELECT revision, pcode, population_group, collected_on::text AS day, "values" FROM assessment_record
        WHERE submission_uuid = $1`,
      [uuid],
    );
    expect(records).toEqual([
      {
        revision: 2,
        pcode: 'PE150135',
        population_group: 'IN_DESTINATION',
        day: '2026-03-12',
        values: { householdSize: 6, mainNeed: 'empleo' },
      },
    ]);
    const revisions = await database.dataSource.query(
      `SELECT revision, "values"->>'householdSize' AS size FROM assessment_record_revision
        WHERE record_id = $1 ORDER BY revision`,
      [first.body.recordId],
    );
    expect(revisions).toEqual([
      { revision: 1, size: '4' },
      { revision: 2, size: '6' },
    ]);
  });

  it('refuses what it cannot take with a code and the field at fault, and writes nothing', async () => {
    const before = await rowCounts();
    const cases: [string, Promise<Answer>, number, string, string | null][] = [
      [
        'wrong secret',
        post(submission(randomUUID()), { 'x-kobo-secret': 'not-the-secret' }),
        401,
        'KOBO.UNAUTHORIZED',
        null,
      ],
      ['no secret', post(submission(randomUUID()), {}), 401, 'KOBO.UNAUTHORIZED', null],
      ['unknown form', post(submission(randomUUID()), undefined, randomUUID()), 404, 'KOBO.UNKNOWN_FORM', null],
      ['no _uuid', post(submission('', { _uuid: undefined })), 400, 'KOBO.MISSING_UUID', '_uuid'],
      [
        'another form',
        post(submission(randomUUID(), { _xform_id_string: 'otherForm1' })),
        422,
        'KOBO.INVALID_PAYLOAD',
        '_xform_id_string',
      ],
      [
        'unknown place',
        post(submission(randomUUID(), { 'lugar/distrito': 'PE159999' })),
        422,
        'KOBO.UNMAPPABLE_PLACE',
        'lugar/distrito',
      ],
      [
        'place outside',
        post(submission(randomUUID(), { 'lugar/distrito': 'PE240101' })),
        422,
        'KOBO.OUTSIDE_ASSESSMENT',
        'lugar/distrito',
      ],
      [
        'not a count',
        post(submission(randomUUID(), { 'hogar/miembros': 'cuatro' })),
        422,
        'KOBO.UNMAPPABLE_VALUE',
        'hogar/miembros',
      ],
      ['not an object', post([1, 2, 3]), 400, 'KOBO.INVALID_PAYLOAD', null],
    ];
    for (const [name, answer, status, code, field] of cases) {
      const { status: actual, body } = await answer;
      expect({ name, status: actual, code: body.error?.code, field: body.error?.field ?? null }).toEqual({
        name,
        status,
        code,
        field,
      });
    }
    expect(await rowCounts()).toEqual(before);
  });

  it('manages mappings only for those who manage the assessment, and refuses a bad mapping by its path', async () => {
    const setMapping = app.get(SetKoboFormMappingUseCase);
    const outsider = await refusalOf(
      setMapping.execute(
        setKoboFormMappingSchema.parse({
          assessmentId,
          koboAssetUid: 'aOther123',
          mappingJson: JSON.stringify(MAPPING),
        }),
        viewerWith('PARTNER_ADMIN', randomUUID()),
      ),
    );
    expect(outsider.code).toBe('AUTH.FORBIDDEN');
    const invalid = setKoboFormMappingSchema.safeParse({
      assessmentId,
      koboAssetUid: 'aOther123',
      mappingJson: JSON.stringify({ ...MAPPING, values: [{ field: 'x', name: '1bad', type: 'integer' }] }),
    });
    expect(invalid.success ? [] : invalid.error.issues.map((issue) => issue.path.join('.'))).toEqual([
      'mappingJson.values.0.name',
    ]);
  });

  it('publishes received and updated records on needs.assessment, valid, without the unmapped personal answers', async () => {
    while ((await app.relay.publishPendingBatch()) > 0);
    const about = (messages: KafkaMessage[]) =>
      messages
        .filter((message) => message.key?.toString() === assessmentId)
        .map((message) =>
          validateCloudEventForTopic(JSON.parse(message.value!.toString()), TopicNames.needsAssessment),
        );
    const messages = await eventually(() =>
      readTopic(testKafkaClient('kobo-intake-reader'), TopicNames.needsAssessment, (read) => about(read).length >= 3),
    );
    const events = about(messages);
    expect(events.every((result) => result.ok)).toBe(true);
    const types = events.map((result) => (result.ok ? result.event.type : 'invalid'));
    expect(types).toEqual([
      'org.coordination.needs.assessment.registered.v1',
      'org.coordination.needs.assessment.record-received.v1',
      'org.coordination.needs.assessment.record-updated.v1',
    ]);
    const everything = JSON.stringify(messages.map((message) => message.value!.toString()));
    expect(everything).not.toMatch(/Huamán|Ccori/);
    const stored = await database.dataSource.query(
      `SELECT (SELECT string_agg("values"::text, '') FROM assessment_record) ||
              (SELECT string_agg("values"::text, '') FROM assessment_record_revision) AS text`,
    );
    expect(stored[0].text).not.toMatch(/Huamán|Ccori/);
  });
});
