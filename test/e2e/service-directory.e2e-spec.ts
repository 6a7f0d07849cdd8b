import { randomUUID } from 'node:crypto';
import { devToken, errorCodes, graphql } from '../support/gateway-client';

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id name } }`;
const PUBLISH = `mutation ($input: PublishServiceInput!) {
  publishService(input: $input) {
    id name status languages
    sectors { sector subSector planYear }
    locations { pcode city stateProvince }
    organisation { id name }
  }
}`;
const UPDATE = `mutation ($input: UpdateServiceInput!) { updateService(input: $input) { id status languages } }`;
const SERVICES = `query ($filter: ServiceFilterInput, $first: Int!) {
  services(filter: $filter, page: { first: $first }) { totalCount nodes { id name languages } }
}`;

interface PublishedService {
  id: string;
  name: string;
  status: string;
  languages: string[];
  sectors: { sector: string; subSector: string | null; planYear: number }[];
  locations: { pcode: string; city: string; stateProvince: string }[];
  organisation: { id: string; name: string };
}

// Selections stay small: the e2e gateway's cost limit (300) counts 20 entries for every unpaged list.

/** Names unique to this run, so the suite can run against a database that already has data. */
const run = randomUUID().slice(0, 8);

function directoryUrl(): string {
  const urls = process.env.E2E_SERVICE_URLS;
  if (!urls) throw new Error('E2E_SERVICE_URLS is not set: run end-to-end tests through `npm test`');
  return (JSON.parse(urls) as { directory: string }).directory;
}

function gbvServiceInTumbes(organisationId: string, id = randomUUID()) {
  return {
    id,
    organisationId,
    name: `Gestión de casos de violencia basada en género ${run}`,
    description: 'Acompañamiento confidencial a sobrevivientes de violencia basada en género en Tumbes.',
    languages: ['es'],
    sectors: [{ sector: 'PRO', subSector: 'GBV' }],
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
  };
}

describe('service directory through the gateway (GraphQL) and the directory (HSDS)', () => {
  let admin: string;
  let organisationId: string;

  beforeAll(async () => {
    admin = await devToken(['PLATFORM_ADMIN']);
    const registered = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER,
      { input: { name: `HIAS Perú ${run}`, acronym: `HIAS${run}`, type: 'INGO' } },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    organisationId = registered.data!.registerOrganisation.id;
  });

  it('publishes a GBV service in Tumbes, finds it by sub-sector, department and language, and serves it as HSDS', async () => {
    const input = gbvServiceInTumbes(organisationId);
    const published = await graphql<{ publishService: PublishedService }>(PUBLISH, { input }, admin);
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishService).toMatchObject({
      id: input.id,
      status: 'ACTIVE',
      languages: ['es'],
      sectors: [{ sector: 'PRO', subSector: 'GBV' }],
      locations: [{ pcode: 'PE240101', city: 'Tumbes', stateProvince: 'Tumbes' }],
      organisation: { id: organisationId, name: `HIAS Perú ${run}` },
    });

    const reader = await devToken(['PARTNER_REPORTER'], randomUUID());
    const found = await graphql<{ services: { totalCount: number; nodes: { id: string }[] } }>(
      SERVICES,
      { filter: { subSector: 'GBV', pcode: 'PE24', language: 'es', organisationId }, first: 10 },
      reader,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.services.nodes.map((node) => node.id)).toEqual([input.id]);
    const inLima = await graphql<{ services: { totalCount: number } }>(
      SERVICES,
      { filter: { subSector: 'GBV', pcode: 'PE15', organisationId }, first: 10 },
      reader,
    );
    expect(inLima.data!.services.totalCount).toBe(0);

    // The HSDS read API is public: no token.
    const response = await fetch(`${directoryUrl()}/hsds/services/${input.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: input.id,
      organization_id: organisationId,
      status: 'active',
      organization: { id: organisationId, alternate_name: `HIAS${run}` },
      languages: [{ code: 'es' }],
      service_at_locations: [
        {
          location: { external_identifier: 'PE240101', addresses: [{ city: 'Tumbes', country: 'PE' }] },
          schedules: [{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:30-05:00', closes_at: '17:00-05:00' }],
        },
      ],
    });
  });

  it('lets the organisation’s partner admin update its service, and no other organisation’s', async () => {
    const input = gbvServiceInTumbes(organisationId);
    expect((await graphql(PUBLISH, { input }, admin)).errors).toBeUndefined();

    const otherAdmin = await devToken(['PARTNER_ADMIN'], randomUUID());
    const refused = await graphql(UPDATE, { input: { id: input.id, status: 'INACTIVE' } }, otherAdmin);
    expect(errorCodes(refused)).toEqual(['AUTH.FORBIDDEN']);

    const ownAdmin = await devToken(['PARTNER_ADMIN'], organisationId);
    const updated = await graphql<{ updateService: { status: string; languages: string[] } }>(
      UPDATE,
      { input: { id: input.id, status: 'TEMPORARILY_CLOSED', languages: ['es', 'qu'] } },
      ownAdmin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateService).toEqual({
      id: input.id,
      status: 'TEMPORARILY_CLOSED',
      languages: ['es', 'qu'],
    });
    const hsds = await (await fetch(`${directoryUrl()}/hsds/services/${input.id}`)).json();
    expect(hsds.status).toBe('temporarily closed');
  });

  it('refuses unknown P-codes and sectors with stable codes and the field at fault, and anonymous writers', async () => {
    const badPcode = gbvServiceInTumbes(organisationId);
    badPcode.locations[0].pcode = 'PE249999';
    const unknownPlace = await graphql(PUBLISH, { input: badPcode }, admin);
    expect(errorCodes(unknownPlace)).toEqual(['SERVICE.UNKNOWN_PCODE']);
    expect(unknownPlace.errors![0].extensions!.field).toBe('input.locations.0.pcode');

    const badSector = { ...gbvServiceInTumbes(organisationId), sectors: [{ sector: 'HEA', subSector: 'GBV' }] };
    const mismatch = await graphql(PUBLISH, { input: badSector }, admin);
    expect(errorCodes(mismatch)).toEqual(['SERVICE.INVALID_SECTOR']);
    expect(mismatch.errors![0].extensions!.field).toBe('input.sectors.0.subSector');

    expect(errorCodes(await graphql(PUBLISH, { input: gbvServiceInTumbes(organisationId) }))).toEqual([
      'AUTH.UNAUTHENTICATED',
    ]);
    const reporter = await devToken(['PARTNER_REPORTER'], organisationId);
    expect(errorCodes(await graphql(PUBLISH, { input: gbvServiceInTumbes(organisationId) }, reporter))).toEqual([
      'AUTH.FORBIDDEN',
    ]);
    const hsds = await fetch(`${directoryUrl()}/hsds/services/${badPcode.id}`);
    expect(hsds.status).toBe(404);
  });
});
