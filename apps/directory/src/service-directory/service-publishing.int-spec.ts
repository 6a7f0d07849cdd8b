import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { directoryDataSourceOptions } from '../database/directory-data-source';
import { publishServiceSchema, type PublishServiceCommand } from './publish-service/publish-service.input';
import { PublishServiceUseCase } from './publish-service/publish-service.use-case';
import { ServicesResolver } from './services.resolver';
import {
  insertOrganisations,
  startServiceDirectoryTestApp,
  viewerWith,
  type ServiceDirectoryTestApp,
} from './testing/service-directory-test-app';
import { updateServiceSchema } from './update-service/update-service.input';
import { UpdateServiceUseCase } from './update-service/update-service.use-case';

const HIAS = randomUUID();
const CARITAS = randomUUID();
const MERGED = randomUUID();
const admin = viewerWith('PLATFORM_ADMIN');

function gbvServiceInTumbes(overrides: Record<string, unknown> = {}): PublishServiceCommand {
  return publishServiceSchema.parse({
    organisationId: HIAS,
    name: 'Gestión de casos de violencia basada en género',
    description: 'Acompañamiento confidencial a sobrevivientes de violencia basada en género.',
    languages: ['es'],
    sectors: [{ sector: 'PRO', subSector: 'GBV', planYear: 2026 }],
    populationGroups: ['IN_TRANSIT', 'IN_DESTINATION'],
    specificNeeds: ['GBV_SURVIVOR'],
    locations: [
      {
        name: 'Oficina Tumbes',
        address1: 'Jr. Bolognesi 230',
        pcode: 'PE240101',
        latitude: -3.5669,
        longitude: -80.4515,
        schedules: [{ byday: 'MO,TU,WE,TH,FR', opensAt: '08:30', closesAt: '17:00' }],
      },
    ],
    ...overrides,
  });
}

/** The GraphQL error code (and field) a call failed with. */
async function failure(call: () => Promise<unknown>): Promise<{ code: unknown; field: unknown }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof GraphQLError) {
      const fields = error.extensions.fields as { field: string }[] | undefined;
      return { code: error.extensions.code, field: error.extensions.field ?? fields?.map((entry) => entry.field) };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('publishing and updating services (real PostgreSQL)', () => {
  let database: TestDatabase;
  let testApp: ServiceDirectoryTestApp;
  let publish: PublishServiceUseCase;
  let update: UpdateServiceUseCase;

  beforeAll(async () => {
    database = await createTestDatabase('services', directoryDataSourceOptions);
    await insertOrganisations(database.dataSource, [
      { id: HIAS, name: 'HIAS Perú', acronym: 'HIAS', type: 'INGO' },
      { id: CARITAS, name: 'Cáritas del Perú', acronym: 'Cáritas' },
      { id: MERGED, name: 'Duplicado de Cáritas', status: 'MERGED' },
    ]);
    testApp = await startServiceDirectoryTestApp(database.url);
    publish = testApp.app.get(PublishServiceUseCase);
    update = testApp.app.get(UpdateServiceUseCase);
  });

  afterAll(async () => {
    await testApp?.app.close();
    await database?.drop();
  });

  async function counts(): Promise<{ services: number; locations: number; events: number }> {
    const [row] = await database.dataSource.query(
      `SELECT (SELECT count(*) FROM service)::int AS services, (SELECT count(*) FROM location)::int AS locations,
              (SELECT count(*) FROM outbox_message)::int AS events`,
    );
    return row;
  }

  async function eventsAbout(serviceId: string): Promise<
    {
      event_type: string;
      topic: string;
      payload: { subject: string; correlationid?: string; data: Record<string, unknown> };
    }[]
  > {
    return database.dataSource.query(
      `SELECT event_type, topic, payload FROM outbox_message WHERE message_key = $1 ORDER BY position`,
      [serviceId],
    );
  }

  it('publishes a service with its parts and records ServicePublishedV1 in the same transaction', async () => {
    const id = randomUUID();
    const record = await publish.execute(gbvServiceInTumbes({ id }), admin, 'correlation-1');

    expect(record.service).toMatchObject({ id, organisationId: HIAS, status: 'active' });
    expect(record.locations[0].location).toMatchObject({
      pcode: 'PE240101',
      city: 'Tumbes',
      region: 'Tumbes',
      stateProvince: 'Tumbes',
    });
    expect(record.locations[0].schedules[0]).toMatchObject({ opensAt: '08:30:00', closesAt: '17:00:00' });
    const events = await eventsAbout(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      topic: 'directory.service',
      event_type: 'org.coordination.directory.service.published.v1',
    });
    expect(events[0].payload).toMatchObject({ subject: id, correlationid: 'correlation-1' });
    expect(events[0].payload.data).toEqual({
      serviceId: id,
      organisationId: HIAS,
      name: 'Gestión de casos de violencia basada en género',
      status: 'active',
      sectors: [{ sector: 'PRO', subSector: 'GBV' }],
      locationPcodes: ['PE240101'],
      languages: ['es'],
      populationGroups: ['IN_DESTINATION', 'IN_TRANSIT'],
      publishedAt: record.service.createdAt.toISOString(),
    });
  });

  it('lets a partner admin publish for its own organisation only, and never a reporter', async () => {
    const own = await publish.execute(gbvServiceInTumbes(), viewerWith('PARTNER_ADMIN', HIAS), 'c');
    expect(own.service.organisationId).toBe(HIAS);

    const before = await counts();
    expect(
      await failure(() => publish.execute(gbvServiceInTumbes(), viewerWith('PARTNER_ADMIN', CARITAS), 'c')),
    ).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    expect(
      await failure(() => publish.execute(gbvServiceInTumbes(), viewerWith('PARTNER_REPORTER', HIAS), 'c')),
    ).toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with a stable code and the field at fault, writing nothing', async () => {
    const resolver = testApp.app.get(ServicesResolver);
    const request = { header: () => undefined } as never;
    const valid = gbvServiceInTumbes();
    const cases: [Record<string, unknown>, { code: string; field: unknown }][] = [
      [
        { locations: [{ ...valid.locations![0], pcode: 'PE249999' }] },
        { code: 'SERVICE.UNKNOWN_PCODE', field: 'input.locations.0.pcode' },
      ],
      [
        { sectors: [{ sector: 'HEA', subSector: 'GBV', planYear: 2026 }] },
        { code: 'SERVICE.INVALID_SECTOR', field: 'input.sectors.0.subSector' },
      ],
      [
        { sectors: [{ sector: 'XYZ', planYear: 2026 }] },
        { code: 'SERVICE.INVALID_SECTOR', field: 'input.sectors.0.sector' },
      ],
      [{ languages: ['es', 'xx'] }, { code: 'SERVICE.UNKNOWN_LANGUAGE', field: 'input.languages.1' }],
      [{ languages: ['spa'] }, { code: 'INPUT.INVALID', field: ['input.languages.0'] }],
      [
        { minimumAge: 18, maximumAge: 5 },
        { code: 'INPUT.INVALID', field: ['input.maximumAge'] },
      ],
      [
        { schedules: [{ byday: 'MO', opensAt: '17:00', closesAt: '09:00' }] },
        { code: 'INPUT.INVALID', field: ['input.schedules.0.closesAt'] },
      ],
      [
        { schedules: [{ byday: 'MONDAY', opensAt: '09:00', closesAt: '17:00' }] },
        { code: 'INPUT.INVALID', field: ['input.schedules.0.byday'] },
      ],
      [
        { locations: [{ ...valid.locations![0], latitude: -80.45, longitude: -3.56 }] },
        { code: 'INPUT.INVALID', field: ['input.locations.0.latitude', 'input.locations.0.longitude'] },
      ],
      [{ organisationId: randomUUID() }, { code: 'SERVICE.UNKNOWN_ORGANISATION', field: 'input.organisationId' }],
      [{ organisationId: MERGED }, { code: 'SERVICE.ORGANISATION_NOT_ACTIVE', field: 'input.organisationId' }],
    ];
    const before = await counts();
    for (const [change, expected] of cases) {
      const input = { ...valid, ...change } as never;
      expect({ change, outcome: await failure(() => resolver.publishService(input, admin, request)) }).toEqual({
        change,
        outcome: expected,
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a location of another organisation and rolls back everything already written', async () => {
    const caritas = await publish.execute(
      gbvServiceInTumbes({ organisationId: CARITAS, name: 'Comedor Cáritas Tumbes', sectors: [{ sector: 'FSC' }] }),
      admin,
      'c',
    );
    const caritasLocationId = caritas.locations[0].location.id;
    const before = await counts();
    const input = gbvServiceInTumbes({
      locations: [
        { name: 'Nueva oficina', address1: 'Av. Piura 611', pcode: 'PE240101' },
        { id: caritasLocationId, name: 'Oficina Tumbes', address1: 'Jr. Bolognesi 230', pcode: 'PE240101' },
      ],
    });
    expect(await failure(() => publish.execute(input, admin, 'c'))).toEqual({
      code: 'SERVICE.LOCATION_CONFLICT',
      field: 'input.locations.1.id',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses to publish the same id twice', async () => {
    const id = randomUUID();
    await publish.execute(gbvServiceInTumbes({ id }), admin, 'c');
    expect(await failure(() => publish.execute(gbvServiceInTumbes({ id }), admin, 'c'))).toEqual({
      code: 'SERVICE.ALREADY_PUBLISHED',
      field: 'input.id',
    });
  });

  it('updates the fields given, replaces the lists given and records ServiceChangedV1 with the new summary', async () => {
    const id = randomUUID();
    const published = await publish.execute(gbvServiceInTumbes({ id, minimumAge: 12 }), admin, 'c');
    const command = updateServiceSchema.parse({
      id,
      status: 'temporarily closed',
      languages: ['es', 'qu'],
      alternateName: 'VBG Tumbes',
      url: null,
      locations: [{ name: 'Sede Tacna', address1: 'Calle Zela 540', pcode: 'PE230101' }],
    });
    const changed = await update.execute(command, viewerWith('PARTNER_ADMIN', HIAS), 'correlation-2');

    expect(changed.service).toMatchObject({
      name: published.service.name,
      status: 'temporarily closed',
      alternateName: 'VBG Tumbes',
      minimumAge: 12,
    });
    expect(changed.service.lastModified.getTime()).toBeGreaterThan(published.service.lastModified.getTime());
    expect(changed.languages.map((language) => [language.code, language.name])).toEqual([
      ['es', 'Español'],
      ['qu', 'Quechua'],
    ]);
    expect(changed.sectors).toHaveLength(1);
    const events = await eventsAbout(id);
    expect(events.map((event) => event.event_type)).toEqual([
      'org.coordination.directory.service.published.v1',
      'org.coordination.directory.service.changed.v1',
    ]);
    expect(events[1].payload.data).toMatchObject({
      status: 'temporarily closed',
      locationPcodes: ['PE230101'],
      languages: ['es', 'qu'],
      changedAt: changed.service.lastModified.toISOString(),
    });
  });

  it('refuses updates of unknown services, of other organisations and contradicting ages', async () => {
    const id = randomUUID();
    await publish.execute(gbvServiceInTumbes({ id, maximumAge: 17 }), admin, 'c');
    expect(
      await failure(() => update.execute(updateServiceSchema.parse({ id: randomUUID(), name: 'Otro' }), admin, 'c')),
    ).toEqual({
      code: 'SERVICE.NOT_FOUND',
      field: 'input.id',
    });
    expect(
      await failure(() =>
        update.execute(updateServiceSchema.parse({ id, name: 'Otro' }), viewerWith('PARTNER_ADMIN', CARITAS), 'c'),
      ),
    ).toMatchObject({ code: 'AUTH.FORBIDDEN' });
    expect(await failure(() => update.execute(updateServiceSchema.parse({ id, minimumAge: 18 }), admin, 'c'))).toEqual({
      code: 'INPUT.INVALID',
      field: ['input.minimumAge'],
    });
    const resolver = testApp.app.get(ServicesResolver);
    expect(
      await failure(() =>
        resolver.updateService({ id, name: null } as never, admin, { header: () => undefined } as never),
      ),
    ).toEqual({ code: 'INPUT.INVALID', field: ['input.name'] });
    expect((await eventsAbout(id)).map((event) => event.event_type)).toEqual([
      'org.coordination.directory.service.published.v1',
    ]);
  });

  it('tells the other services at a shared location that they changed when the location does', async () => {
    const locationId = randomUUID();
    const place = { id: locationId, name: 'Centro comunitario', address1: 'Av. Grau 100', pcode: 'PE240101' };
    const first = await publish.execute(gbvServiceInTumbes({ locations: [place] }), admin, 'c');
    const second = await publish.execute(
      gbvServiceInTumbes({ name: 'Apoyo psicosocial', sectors: [{ sector: 'PRO' }], locations: [place] }),
      admin,
      'c',
    );
    expect(second.locations[0].location.id).toBe(locationId);

    await update.execute(
      updateServiceSchema.parse({ id: first.service.id, locations: [{ ...place, address2: 'Segundo piso' }] }),
      admin,
      'c',
    );
    const events = await eventsAbout(second.service.id);
    expect(events.map((event) => event.event_type)).toEqual([
      'org.coordination.directory.service.published.v1',
      'org.coordination.directory.service.changed.v1',
    ]);
    const [{ last_modified }] = await database.dataSource.query('SELECT last_modified FROM service WHERE id = $1', [
      second.service.id,
    ]);
    expect(new Date(last_modified).getTime()).toBeGreaterThan(second.service.lastModified.getTime());
  });
});
