import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '@coordination/testing';
import { directoryDataSourceOptions } from '../database/directory-data-source';
import { publishServiceSchema } from './publish-service/publish-service.input';
import { PublishServiceUseCase } from './publish-service/publish-service.use-case';
import { ServicesResolver } from './services.resolver';
import {
  insertOrganisations,
  startServiceDirectoryTestApp,
  viewerWith,
  type ServiceDirectoryTestApp,
} from './testing/service-directory-test-app';
import type { ServiceFilterInput } from './find-services/service-filter.input';

const HIAS = randomUUID();
const OTHER = randomUUID();
const admin = viewerWith('PLATFORM_ADMIN');
const WEEKDAYS = 'MO,TU,WE,TH,FR';

interface Fixture {
  name: string;
  languages: string[];
  sectors: { sector: string; subSector?: string }[];
  pcode: string;
  status?: string;
  organisationId?: string;
  locationSchedules?: { byday: string | null; opensAt: string; closesAt: string }[];
  serviceSchedules?: { byday: string | null; opensAt: string; closesAt: string }[];
  specificNeeds?: string[];
  populationGroups?: string[];
}

/**
 * One service that answers "GBV services open in Tumbes that speak Spanish", and services that each
 * miss exactly one of the criteria.
 */
const FIXTURES: Fixture[] = [
  {
    name: 'A. VBG Tumbes ciudad',
    languages: ['es'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }],
    pcode: 'PE240101',
    // The location's own hours win over the service-wide ones (Saturday mornings elsewhere).
    locationSchedules: [{ byday: WEEKDAYS, opensAt: '08:30', closesAt: '17:00' }],
    serviceSchedules: [{ byday: 'SA', opensAt: '09:00', closesAt: '13:00' }],
    specificNeeds: ['GBV_SURVIVOR'],
    populationGroups: ['IN_TRANSIT'],
  },
  {
    name: 'B. VBG frontera Aguas Verdes',
    languages: ['es', 'en'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }, { sector: 'HEA' }],
    pcode: 'PE240302',
    serviceSchedules: [{ byday: null, opensAt: '07:00', closesAt: '19:00' }],
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ'],
    populationGroups: ['IN_TRANSIT', 'PENDULAR'],
  },
  {
    name: 'C. VBG Tumbes solo inglés',
    languages: ['en'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }],
    pcode: 'PE240101',
  },
  { name: 'D. VBG Lima', languages: ['es'], sectors: [{ sector: 'PRO', subSector: 'GBV' }], pcode: 'PE150101' },
  { name: 'E. Niñez Tumbes', languages: ['es'], sectors: [{ sector: 'PRO', subSector: 'CP' }], pcode: 'PE240101' },
  {
    name: 'F. VBG Tumbes cerrado',
    languages: ['es'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }],
    pcode: 'PE240101',
    status: 'inactive',
  },
  {
    name: 'G. VBG Tumbes de otra organización',
    languages: ['es'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }],
    pcode: 'PE240101',
    organisationId: OTHER,
    serviceSchedules: [{ byday: WEEKDAYS, opensAt: '20:00', closesAt: '24:00' }],
  },
];

describe('finding services (real PostgreSQL)', () => {
  let database: TestDatabase;
  let testApp: ServiceDirectoryTestApp;
  let resolver: ServicesResolver;

  beforeAll(async () => {
    database = await createTestDatabase('service_search', directoryDataSourceOptions);
    await insertOrganisations(database.dataSource, [
      { id: HIAS, name: 'HIAS Perú' },
      { id: OTHER, name: 'Otra organización' },
    ]);
    testApp = await startServiceDirectoryTestApp(database.url);
    resolver = testApp.app.get(ServicesResolver);
    const publish = testApp.app.get(PublishServiceUseCase);
    for (const fixture of FIXTURES) {
      await publish.execute(
        publishServiceSchema.parse({
          organisationId: fixture.organisationId ?? HIAS,
          name: fixture.name,
          description: `${fixture.name}: servicio de prueba.`,
          status: fixture.status ?? 'active',
          languages: fixture.languages,
          sectors: fixture.sectors.map((entry) => ({ ...entry, planYear: 2026 })),
          specificNeeds: fixture.specificNeeds,
          populationGroups: fixture.populationGroups,
          schedules: fixture.serviceSchedules,
          locations: [
            {
              name: `Sede ${fixture.name}`,
              address1: 'Av. Principal 100',
              pcode: fixture.pcode,
              schedules: fixture.locationSchedules,
            },
          ],
        }),
        admin,
        'seed',
      );
    }
  });

  afterAll(async () => {
    await testApp?.app.close();
    await database?.drop();
  });

  async function names(filter: ServiceFilterInput | null, first = 20): Promise<string[]> {
    const connection = await resolver.services(filter, { first });
    return connection.nodes.map((node) => node.name);
  }

  it('answers "GBV services in Tumbes that speak Spanish" with the department matching its districts', async () => {
    const found = await resolver.services({ subSector: 'GBV', pcode: 'PE24', language: 'es' }, { first: 20 });
    expect(found.nodes.map((node) => node.name)).toEqual([
      'A. VBG Tumbes ciudad',
      'B. VBG frontera Aguas Verdes',
      'G. VBG Tumbes de otra organización',
    ]);
    expect(found.totalCount).toBe(3);
    expect(found.nodes[0].locations[0]).toMatchObject({ pcode: 'PE240101', city: 'Tumbes', stateProvince: 'Tumbes' });
    expect(found.nodes[0].organisation).toMatchObject({ id: HIAS, name: 'HIAS Perú' });
  });

  it('narrows by province and district P-code, sector, population group, specific need and organisation', async () => {
    expect(await names({ subSector: 'GBV', pcode: 'PE2403', language: 'es' })).toEqual([
      'B. VBG frontera Aguas Verdes',
    ]);
    expect(await names({ subSector: 'GBV', pcode: 'PE240101' })).toEqual([
      'A. VBG Tumbes ciudad',
      'C. VBG Tumbes solo inglés',
      'G. VBG Tumbes de otra organización',
    ]);
    expect(await names({ sector: 'HEA' })).toEqual(['B. VBG frontera Aguas Verdes']);
    expect(await names({ sector: 'HEA', subSector: 'GBV' })).toEqual([]);
    expect(await names({ specificNeed: 'LGBTIQ' })).toEqual(['B. VBG frontera Aguas Verdes']);
    expect(await names({ populationGroup: 'IN_TRANSIT', subSector: 'GBV' })).toEqual([
      'A. VBG Tumbes ciudad',
      'B. VBG frontera Aguas Verdes',
    ]);
    expect(await names({ subSector: 'GBV', pcode: 'PE24', organisationId: OTHER })).toEqual([
      'G. VBG Tumbes de otra organización',
    ]);
  });

  it('lists active services unless another status is asked for', async () => {
    expect(await names({ pcode: 'PE24' })).not.toContain('F. VBG Tumbes cerrado');
    expect(await names({ pcode: 'PE24', status: 'inactive' })).toEqual(['F. VBG Tumbes cerrado']);
    expect((await names(null)).length).toBe(6);
  });

  it('reads openAt in Lima time against the schedules of the locations inside the P-code', async () => {
    const gbvInTumbes = { subSector: 'GBV', pcode: 'PE24', language: 'es' };
    // Tuesday 10:00 in Lima is 15:00 UTC.
    expect(await names({ ...gbvInTumbes, openAt: new Date('2026-03-10T15:00:00Z') })).toEqual([
      'A. VBG Tumbes ciudad',
      'B. VBG frontera Aguas Verdes',
    ]);
    // Saturday 10:00: A's location keeps weekday hours; its service-wide Saturday hours do not apply there.
    expect(await names({ ...gbvInTumbes, openAt: new Date('2026-03-14T10:00:00-05:00') })).toEqual([
      'B. VBG frontera Aguas Verdes',
    ]);
    // Tuesday 21:30 in Lima is already Wednesday 02:30 UTC.
    expect(await names({ ...gbvInTumbes, openAt: new Date('2026-03-11T02:30:00Z') })).toEqual([
      'G. VBG Tumbes de otra organización',
    ]);
    expect(await names({ ...gbvInTumbes, openAt: new Date('2026-03-10T06:00:00Z') })).toEqual([]);
  });

  it('pages by name with a cursor', async () => {
    const filter = { subSector: 'GBV', pcode: 'PE24', language: 'es' };
    const first = await resolver.services(filter, { first: 2 });
    expect(first.nodes.map((node) => node.name)).toEqual(['A. VBG Tumbes ciudad', 'B. VBG frontera Aguas Verdes']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await resolver.services(filter, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((node) => node.name)).toEqual(['G. VBG Tumbes de otra organización']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.totalCount).toBe(3);
  });

  it('refuses unknown P-codes, malformed criteria and foreign cursors with the field at fault', async () => {
    const codeOf = async (call: () => Promise<unknown>) => {
      try {
        await call();
      } catch (error) {
        const extensions = (error as GraphQLError).extensions;
        return {
          code: extensions.code,
          field: extensions.field ?? (extensions.fields as { field: string }[])[0].field,
        };
      }
      throw new Error('expected a failure');
    };
    expect(await codeOf(() => resolver.services({ pcode: 'PE99' }, { first: 5 }))).toEqual({
      code: 'SERVICE.UNKNOWN_PCODE',
      field: 'filter.pcode',
    });
    expect(await codeOf(() => resolver.services({ language: 'spanish' }, { first: 5 }))).toEqual({
      code: 'INPUT.INVALID',
      field: 'filter.language',
    });
    expect(await codeOf(() => resolver.services(null, { first: 500 }))).toEqual({
      code: 'INPUT.INVALID',
      field: 'page.first',
    });
    expect(await codeOf(() => resolver.services(null, { first: 5, after: 'bm90LWEtY3Vyc29y' }))).toEqual({
      code: 'INPUT.INVALID',
      field: 'page.after',
    });
  });
});
