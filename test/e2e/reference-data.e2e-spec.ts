import { graphql } from '../support/gateway-client';

interface PlaceResolution {
  status: string;
  unit: { pcode: string } | null;
  candidates: { pcode: string }[];
  errorCode: string | null;
}

const RESOLVE = `query ($query: String!, $level: String, $parent: String, $coding: String) {
  resolvePlace(query: $query, level: $level, parent: $parent, coding: $coding) { status unit { pcode } candidates { pcode } errorCode }
}`;

async function resolvePlace(variables: Record<string, unknown>): Promise<PlaceResolution> {
  const response = await graphql<{ resolvePlace: PlaceResolution }>(RESOLVE, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.resolvePlace;
}

describe('reference data through the gateway, without a token', () => {
  it('resolves codes in either coding and names with or without accents', async () => {
    await expect(resolvePlace({ query: 'PE150101' })).resolves.toMatchObject({
      status: 'found',
      unit: { pcode: 'PE150101' },
    });
    await expect(resolvePlace({ query: '24', coding: 'reniec' })).resolves.toMatchObject({ unit: { pcode: 'PE07' } });
    await expect(resolvePlace({ query: 'huanuco', level: 'department' })).resolves.toMatchObject({
      unit: { pcode: 'PE10' },
    });
    await expect(resolvePlace({ query: 'Huánuco', level: 'department' })).resolves.toMatchObject({
      unit: { pcode: 'PE10' },
    });
  });

  it('answers ambiguous and unknown places with their codes and candidates', async () => {
    const lima = await resolvePlace({ query: 'Lima' });
    expect(lima).toMatchObject({ status: 'ambiguous', errorCode: 'GEO.NAME_AMBIGUOUS' });
    expect(lima.candidates.map((unit) => unit.pcode)).toEqual(expect.arrayContaining(['PE15', 'PE1501', 'PE150101']));
    await expect(resolvePlace({ query: 'PE9999' })).resolves.toMatchObject({
      status: 'not_found',
      errorCode: 'GEO.UNKNOWN_PCODE',
    });
  });

  it('walks the hierarchy and lists the plan year’s sectors', async () => {
    // Two requests: the e2e gateway runs with a deliberately low cost limit.
    const units = await graphql<{ adminUnits: { pcode: string }[] }>('{ adminUnits(parentPcode: "PE07") { pcode } }');
    expect(units.errors).toBeUndefined();
    expect(units.data!.adminUnits.map((unit) => unit.pcode)).toEqual(['PE0701']);
    const lists = await graphql<{ sectors: { code: string }[]; populationGroups: { code: string }[] }>(
      '{ sectors(planYear: 2026) { code } populationGroups { code } }',
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.sectors.map((sector) => sector.code)).toEqual(expect.arrayContaining(['PRO', 'WSH', 'MPC']));
    expect(lists.data!.populationGroups.map((group) => group.code)).toContain('IN_TRANSIT');
  });

  it('serves department boundaries as GeoJSON with P-codes for maps', async () => {
    const directory = (JSON.parse(process.env.E2E_SERVICE_URLS ?? '{}') as Record<string, string>).directory;
    const response = await fetch(`${directory}/geo/boundaries/department`);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    const collection = (await response.json()) as { features: { properties: { pcode: string } }[] };
    expect(new Set(collection.features.map((feature) => feature.properties.pcode)).size).toBe(25);
    expect((await fetch(`${directory}/geo/boundaries/district`)).status).toBe(404);
  });
});
