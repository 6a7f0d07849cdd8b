import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { directoryDataSourceOptions } from '../database/directory-data-source';
import { DEMO_ORGANISATIONS } from '../organisations/demo/demo-organisations';
import { HsdsSchemaValidator } from './hsds/hsds-schema-validator';
import { DEMO_SERVICES, seedDemoServices } from './demo/demo-services';
import { publishServiceSchema } from './publish-service/publish-service.input';
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

const ORGANISATION = randomUUID();
const admin = viewerWith('PLATFORM_ADMIN');

/** A service using every part HSDS nests: locations with their own hours, contacts, phones, documents. */
function completeService(id: string) {
  return publishServiceSchema.parse({
    id,
    organisationId: ORGANISATION,
    name: 'Orientación legal y protección en la frontera norte',
    alternateName: 'Orientación legal CEBAF',
    description: 'Información sobre refugio y regularización para personas que ingresan por Tumbes.',
    url: 'https://www.example.org/servicios/orientacion',
    email: 'orientacion@example.org',
    interpretationServices: 'Intérprete de inglés por teléfono.',
    applicationProcess: 'Acudir sin cita.',
    feesDescription: 'Gratuito.',
    eligibilityDescription: 'Personas refugiadas y migrantes.',
    minimumAge: 0,
    maximumAge: 120,
    assuredDate: '2026-01-15',
    languages: ['es', 'en', 'qu'],
    sectors: [
      { sector: 'PRO', subSector: 'REG', planYear: 2026 },
      { sector: 'PRO', subSector: 'GBV', planYear: 2025 },
    ],
    populationGroups: ['IN_TRANSIT', 'PENDULAR'],
    specificNeeds: ['UASC', 'GBV_SURVIVOR'],
    requiredDocuments: ['Documento de identidad, si lo tiene'],
    schedules: [{ byday: 'SA', opensAt: '09:00', closesAt: '13:00', description: 'Sábados' }],
    locations: [
      {
        name: 'Módulo CEBAF',
        address1: 'Panamericana Norte km 1270',
        pcode: 'PE240302',
        latitude: -3.4817,
        longitude: -80.245,
        schedules: [
          { byday: null, opensAt: '07:00', closesAt: '24:00', validFrom: '2026-01-01', validTo: '2026-12-31' },
        ],
      },
      { name: 'Oficina Tumbes', address1: 'Jr. Grau 356', postalCode: '24001', pcode: 'PE240101' },
    ],
    contacts: [
      {
        title: 'Coordinación de protección',
        email: 'proteccion@example.org',
        phones: [{ number: '+51 72 523 000', type: 'voice' }],
      },
    ],
    phones: [{ number: '100', type: 'voice', description: 'Línea 100' }],
  });
}

describe('HSDS read API (real PostgreSQL, official HSDS schemas)', () => {
  let database: TestDatabase;
  let testApp: ServiceDirectoryTestApp;
  let validator: HsdsSchemaValidator;
  const serviceId = randomUUID();

  beforeAll(async () => {
    validator = new HsdsSchemaValidator();
    database = await createTestDatabase('hsds', directoryDataSourceOptions);
    await insertOrganisations(database.dataSource, [
      { id: ORGANISATION, name: 'Organización de prueba', acronym: 'OP', type: 'INGO' },
      ...DEMO_ORGANISATIONS.map(({ id, name, acronym, type }) => ({ id, name, acronym, type })),
    ]);
    await database.dataSource.query(
      `INSERT INTO organisation_identifier (organisation_id, scheme, value) VALUES ($1, 'PE-RUC', '20100000001')`,
      [ORGANISATION],
    );
    testApp = await startServiceDirectoryTestApp(database.url);
    await testApp.app.get(PublishServiceUseCase).execute(completeService(serviceId), admin, 'seed');
  });

  afterAll(async () => {
    await testApp?.app.close();
    await database?.drop();
  });

  // Response bodies are checked against the HSDS schemas; the tests then read them freely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function get(path: string): Promise<{ status: number; body: any }> {
    const response = await fetch(`${testApp.url}${path}`);
    return { status: response.status, body: await response.json() };
  }

  it('serves a fully nested service that is valid HSDS', async () => {
    const { status, body } = await get(`/hsds/services/${serviceId}`);
    expect(status).toBe(200);
    expect(validator.service(body)).toEqual({ valid: true, errors: [] });
    expect(body).toMatchObject({
      id: serviceId,
      organization_id: ORGANISATION,
      status: 'active',
      assured_date: '2026-01-15',
      organization: {
        id: ORGANISATION,
        name: 'Organización de prueba',
        alternate_name: 'OP',
        organization_identifiers: [{ identifier_scheme: 'PE-RUC', identifier: '20100000001' }],
      },
      languages: [
        { code: 'es', name: 'Español' },
        { code: 'en', name: 'Inglés' },
        { code: 'qu', name: 'Quechua' },
      ],
      required_documents: [{ document: 'Documento de identidad, si lo tiene' }],
      schedules: [{ byday: 'SA', opens_at: '09:00-05:00', closes_at: '13:00-05:00', timezone: -5, freq: 'WEEKLY' }],
      phones: [{ number: '100' }],
      contacts: [{ title: 'Coordinación de protección', phones: [{ number: '+51 72 523 000' }] }],
    });
    expect(body.service_at_locations).toHaveLength(2);
    expect(body.service_at_locations[0]).toMatchObject({
      service_id: serviceId,
      location: {
        name: 'Módulo CEBAF',
        external_identifier: 'PE240302',
        latitude: -3.4817,
        addresses: [
          { address_1: 'Panamericana Norte km 1270', city: 'Aguas Verdes', region: 'Zarumilla', country: 'PE' },
        ],
      },
      schedules: [{ opens_at: '07:00-05:00', closes_at: '24:00-05:00', valid_from: '2026-01-01' }],
    });
    const attributeCodes = body.attributes.map(
      (attribute: { taxonomy_term: { code: string } }) => attribute.taxonomy_term.code,
    );
    expect(attributeCodes).toEqual(
      expect.arrayContaining(['PRO', 'PRO/REG', 'PRO/GBV', 'IN_TRANSIT', 'PENDULAR', 'UASC', 'GBV_SURVIVOR']),
    );
  });

  it('pages services with the HSDS page fields, bounded per_page and valid contents', async () => {
    const summary = await get('/hsds/services?per_page=1');
    expect(summary.status).toBe(200);
    expect(validator.servicePage(summary.body)).toEqual({ valid: true, errors: [] });
    expect(summary.body).toMatchObject({
      total_items: 1,
      total_pages: 1,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(summary.body.contents[0].service_at_locations).toBeUndefined();

    const full = await get('/hsds/services?full=true');
    expect(validator.servicePage(full.body)).toEqual({ valid: true, errors: [] });
    expect(full.body.contents[0].service_at_locations).toHaveLength(2);

    const beyond = await get('/hsds/services?page=3&per_page=1');
    expect(beyond.body).toMatchObject({ empty: true, size: 0, page_number: 3, last_page: true, contents: [] });

    for (const query of [
      'per_page=500',
      'per_page=0',
      'page=0',
      'page=abc',
      'modified_after=yesterday',
      'full=maybe',
    ]) {
      const refused = await get(`/hsds/services?${query}`);
      expect({ query, status: refused.status, code: refused.body.code, field: refused.body.field }).toEqual({
        query,
        status: 400,
        code: 'HSDS.INVALID_QUERY',
        field: query.split('=')[0],
      });
    }
  });

  it('returns only what changed at or after modified_after, oldest change first', async () => {
    const update = testApp.app.get(UpdateServiceUseCase);
    const otherId = randomUUID();
    await testApp.app.get(PublishServiceUseCase).execute(
      publishServiceSchema.parse({
        id: otherId,
        organisationId: ORGANISATION,
        name: 'Kits de higiene',
        description: 'Entrega de kits de higiene familiares.',
        languages: ['es'],
        sectors: [{ sector: 'WSH' }],
      }),
      admin,
      'c',
    );
    const checkpoint = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await get(`/hsds/services?modified_after=${checkpoint.toISOString()}`)).body.total_items).toBe(0);

    await update.execute(updateServiceSchema.parse({ id: serviceId, status: 'inactive' }), admin, 'c');
    const changed = await get(`/hsds/services?modified_after=${encodeURIComponent(checkpoint.toISOString())}`);
    expect(validator.servicePage(changed.body)).toEqual({ valid: true, errors: [] });
    expect(
      changed.body.contents.map((service: { id: string; status: string }) => [service.id, service.status]),
    ).toEqual([[serviceId, 'inactive']]);

    const everything = await get('/hsds/services');
    expect(everything.body.contents.map((service: { id: string }) => service.id)).toEqual([otherId, serviceId]);
    const withOffset = encodeURIComponent(checkpoint.toISOString().replace('Z', '+00:00'));
    const offset = await get(`/hsds/services?modified_after=${withOffset}`);
    expect(offset.body.total_items).toBe(1);
  });

  it('serves organizations from the directory as valid HSDS', async () => {
    const list = await get('/hsds/organizations?per_page=100');
    expect(list.status).toBe(200);
    expect(validator.organizationPage(list.body)).toEqual({ valid: true, errors: [] });
    expect(list.body.total_items).toBe(DEMO_ORGANISATIONS.length + 1);
    const acnur = list.body.contents.find(
      (organization: { alternate_name?: string }) => organization.alternate_name === 'ACNUR',
    );
    expect(acnur).toMatchObject({ name: 'ACNUR – Agencia de la ONU para los Refugiados' });

    const one = await get(`/hsds/organizations/${ORGANISATION}`);
    expect(validator.organization(one.body)).toEqual({ valid: true, errors: [] });
    expect(one.body.description).toContain('organización no gubernamental internacional');

    expect((await get(`/hsds/organizations/${randomUUID()}`)).status).toBe(404);
    expect((await get('/hsds/services/not-a-uuid')).body).toMatchObject({ code: 'SERVICE.NOT_FOUND' });
    expect((await get(`/hsds/services/${randomUUID()}`)).status).toBe(404);
  });

  it('proves the validator can fail: a broken service is refused with the fields at fault', async () => {
    const { body } = await get(`/hsds/services/${serviceId}`);
    const broken = structuredClone(body);
    broken.id = 'not-a-uuid';
    broken.status = 'open';
    delete broken.name;
    broken.service_at_locations[0].location.latitude = '-3.48';
    broken.languages[0].id = null;
    broken.email = 'not an e-mail';
    const result = validator.service(broken);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        '/id must match format "uuid"',
        '/status must be equal to one of the allowed values',
        "/ must have required property 'name'",
        '/service_at_locations/0/location/latitude must be number',
        '/languages/0/id must be string',
        '/email must match format "email"',
      ]),
    );
    expect(validator.servicePage({ contents: [broken] }).valid).toBe(false);
    expect(validator.organization({ id: ORGANISATION, name: 'Sin descripción' }).errors).toEqual([
      "/ must have required property 'description'",
    ]);
  });

  it('loads the demo services once through the publish use case, each valid HSDS', async () => {
    const published = await seedDemoServices(testApp.app);
    expect(published).toBe(DEMO_SERVICES.length);
    expect(await seedDemoServices(testApp.app)).toBe(0);
    const [{ events }] = await database.dataSource.query(
      `SELECT count(*)::int AS events FROM outbox_message WHERE event_type = 'org.coordination.directory.service.published.v1'`,
    );
    expect(events).toBeGreaterThanOrEqual(DEMO_SERVICES.length);

    const found = await testApp.app
      .get(ServicesResolver)
      .services({ subSector: 'GBV', pcode: 'PE24', language: 'es' }, { first: 50 });
    expect(found.nodes.map((node) => node.name)).toEqual(
      expect.arrayContaining([
        'Centro Emergencia Mujer Tumbes',
        'Gestión de casos de violencia basada en género en Tumbes',
      ]),
    );

    for (let page = 1; ; page++) {
      const { body } = await get(`/hsds/services?full=true&per_page=25&page=${page}`);
      expect(validator.servicePage(body)).toEqual({ valid: true, errors: [] });
      if (body.last_page) break;
    }
  });
});
