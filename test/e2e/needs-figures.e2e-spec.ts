import { randomUUID } from 'node:crypto';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, graphql } from '../support/gateway-client';

const PUBLISH = `mutation ($input: PublishNeedsRoundInput!) {
  publishNeedsRound(input: $input) { id analysisCode inForceFrom supersedesRoundId peopleInNeedCellCount severityCount }
}`;
const TOTALS = `query ($filter: NeedsFigureFilterInput!) {
  peopleInNeedTotals(filter: $filter) {
    asOf round { id } pcode intersectoralPeopleInNeed sectors { sector peopleInNeed cells { girls unknown } }
  }
}`;
const INTERSECTORAL = `query ($filter: NeedsFigureFilterInput!) {
  intersectoralPeopleInNeed(filter: $filter, page: { first: 10 }) {
    method peopleInNeed totalCount nodes { pcode placeName populationGroup peopleInNeed method maxSectors }
  }
}`;
const PEOPLE_IN_NEED = `query ($filter: NeedsFigureFilterInput!) {
  peopleInNeed(filter: $filter, page: { first: 10 }) { totalCount nodes { sector pcode placeLevel peopleInNeed } }
}`;
const IMPORT = `mutation ($input: ImportNeedsRoundInput!) {
  importNeedsRound(input: $input) {
    status format rowsRead peopleInNeedFigures severityFigures errorCount failureCode
    problems { row column field code severity } round { id peopleInNeedCellCount }
  }
}`;
const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const REGISTER_ASSESSMENT = `mutation ($input: RegisterAssessmentInput!) { registerAssessment(input: $input) { id status version } }`;
const ASSESSMENTS = `query ($filter: AssessmentFilterInput) { assessments(filter: $filter, page: { first: 5 }) { totalCount nodes { id title } } }`;

const run = randomUUID().slice(0, 8).toUpperCase();

function figure(sector: string, pcode: string, peopleInNeed: number, populationGroup = 'IN_DESTINATION') {
  const fifth = Math.floor(peopleInNeed / 5);
  return {
    sector,
    pcode,
    populationGroup,
    peopleInNeed,
    cells: { girls: fifth, boys: fifth, women: fifth, men: fifth, unknown: peopleInNeed - 4 * fifth },
  };
}

function roundInput(analysisCode: string, inForceFrom: string, peopleInNeed: ReturnType<typeof figure>[]) {
  return {
    analysisCode,
    title: `Análisis conjunto ${analysisCode}`,
    planYear: 2025,
    inForceFrom,
    source: 'Prueba de extremo a extremo',
    peopleInNeed,
    severity: [{ pcode: 'PE24', populationGroup: 'IN_DESTINATION', phase: 4 }],
  };
}

describe('needs figures through the gateway', () => {
  const analysisCode = `E2E-${run}`;
  let admin: string;

  beforeAll(async () => {
    admin = await devToken(['PLATFORM_ADMIN']);
  });

  it('lets a platform admin publish rounds and read national totals and intersectoral figures of the round in force', async () => {
    const first = await graphql<{ publishNeedsRound: { id: string; peopleInNeedCellCount: number } }>(
      PUBLISH,
      {
        input: roundInput(analysisCode, '2025-01-01', [
          figure('HEA', 'PE15', 1000),
          figure('FSC', 'PE15', 1500),
          figure('MPC', 'PE15', 9000),
          figure('HEA', 'PE2401', 300),
          figure('FSC', 'PE2402', 200),
        ]),
      },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.publishNeedsRound).toMatchObject({ peopleInNeedCellCount: 5, severityCount: 1 });
    const firstId = first.data!.publishNeedsRound.id;

    const second = await graphql<{ publishNeedsRound: { id: string; supersedesRoundId: string } }>(
      PUBLISH,
      {
        input: {
          ...roundInput(analysisCode, '2025-07-01', [figure('HEA', 'PE15', 700), figure('FSC', 'PE24', 90)]),
          supersedesRoundId: firstId,
        },
      },
      admin,
    );
    expect(second.errors).toBeUndefined();
    expect(second.data!.publishNeedsRound.supersedesRoundId).toBe(firstId);

    const reader = await devToken(['GOVERNMENT_VIEWER']);
    const before = await graphql<{
      peopleInNeedTotals: {
        round: { id: string };
        sectors: { sector: string; peopleInNeed: number }[];
        intersectoralPeopleInNeed: number;
      };
    }>(TOTALS, { filter: { analysisCode, asOf: '2025-03-31' } }, reader);
    expect(before.errors).toBeUndefined();
    expect(before.data!.peopleInNeedTotals.round.id).toBe(firstId);
    expect(before.data!.peopleInNeedTotals.sectors.map(({ sector, peopleInNeed }) => [sector, peopleInNeed])).toEqual([
      ['FSC', 1700],
      ['HEA', 1300],
      ['MPC', 9000],
    ]);
    // Lima: max(HEA 1000, FSC 1500) = 1500; Tumbes, per province: 300 + 200. MPC is left out.
    expect(before.data!.peopleInNeedTotals.intersectoralPeopleInNeed).toBe(2000);

    const after = await graphql<{ peopleInNeedTotals: { sectors: { sector: string; peopleInNeed: number }[] } }>(
      TOTALS,
      { filter: { analysisCode, asOf: '2025-08-01' } },
      reader,
    );
    expect(after.data!.peopleInNeedTotals.sectors.map(({ sector, peopleInNeed }) => [sector, peopleInNeed])).toEqual([
      ['FSC', 90],
      ['HEA', 700],
    ]);

    const intersectoral = await graphql<{
      intersectoralPeopleInNeed: {
        method: string;
        peopleInNeed: number;
        nodes: { pcode: string; peopleInNeed: number; method: string; maxSectors: string[] }[];
      };
    }>(INTERSECTORAL, { filter: { analysisCode, asOf: '2025-03-31' } }, reader);
    expect(intersectoral.errors).toBeUndefined();
    expect(intersectoral.data!.intersectoralPeopleInNeed).toMatchObject({
      method: 'MAX_OVER_SECTORS',
      peopleInNeed: 2000,
    });
    expect(
      intersectoral.data!.intersectoralPeopleInNeed.nodes.map(({ pcode, peopleInNeed, method }) => [
        pcode,
        peopleInNeed,
        method,
      ]),
    ).toEqual([
      ['PE15', 1500, 'MAX_OVER_SECTORS'],
      ['PE24', 500, 'SUM_OF_PROVINCE_MAXIMA'],
    ]);

    const tumbes = await graphql<{
      peopleInNeed: { nodes: { sector: string; pcode: string; placeLevel: string; peopleInNeed: number }[] };
    }>(PEOPLE_IN_NEED, { filter: { analysisCode, asOf: '2025-03-31', pcode: 'PE24' } }, reader);
    expect(tumbes.data!.peopleInNeed.nodes).toEqual([
      { sector: 'FSC', pcode: 'PE24', placeLevel: 'DEPARTMENT', peopleInNeed: 200 },
      { sector: 'HEA', pcode: 'PE24', placeLevel: 'DEPARTMENT', peopleInNeed: 300 },
    ]);
  });

  it('refuses bad figures with a precise code and field, and callers who are not platform admins', async () => {
    const bad = await graphql(
      PUBLISH,
      { input: roundInput(`BAD-${run}`, '2025-01-01', [{ ...figure('HEA', 'PE15', 10), peopleInNeed: -10 }]) },
      admin,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'NEEDS.NEGATIVE_FIGURE',
      field: 'input.peopleInNeed.0.peopleInNeed',
    });
    const partnerAdmin = await devToken(['PARTNER_ADMIN'], randomUUID());
    const refused = await graphql(
      PUBLISH,
      { input: roundInput(`BAD-${run}`, '2025-01-01', [figure('HEA', 'PE15', 10)]) },
      partnerAdmin,
    );
    expect(errorCodes(refused)).toEqual(['AUTH.FORBIDDEN']);
  });

  it('registers an assessment led by an organisation the directory announced, and finds it by place', async () => {
    const organisation = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER_ORGANISATION,
      { input: { name: `Consorcio de evaluación ${run}`, type: 'INGO' } },
      admin,
    );
    expect(organisation.errors).toBeUndefined();
    const lead = organisation.data!.registerOrganisation.id;
    const partnerAdmin = await devToken(['PARTNER_ADMIN'], lead);
    const input = {
      title: `Encuesta de hogares ${run}`,
      type: 'HOUSEHOLD_SURVEY',
      method: 'Muestreo aleatorio de hogares',
      leadOrganisationIds: [lead],
      pcodes: ['PE13'],
      populationGroups: ['IN_DESTINATION'],
      sectors: ['INT'],
      collectionStart: '2025-05-01',
      collectionEnd: '2025-05-20',
      planYear: 2025,
    };
    // The lead becomes known to the needs service through the directory's event.
    const registered = await eventually(async () => {
      const response = await graphql<{ registerAssessment: { id: string; status: string } }>(
        REGISTER_ASSESSMENT,
        { input },
        partnerAdmin,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.registerAssessment;
    }, 30_000);
    expect(registered.status).toBe('PLANNED');
    const found = await graphql<{ assessments: { nodes: { id: string }[] } }>(
      ASSESSMENTS,
      { filter: { pcode: 'PE1301', sector: 'INT' } },
      partnerAdmin,
    );
    expect(found.data!.assessments.nodes.map((node) => node.id)).toContain(registered.id);
  });

  it('imports a round from an HXL file: the dry run lists the bad row, the fixed file publishes the round', async () => {
    const importCode = `E2E-IMPORT-${run}`;
    const header = '#sector,#adm1+code,#population+type,#inneed,#inneed+f+adults,#inneed+m+adults,#severity';
    const upload = (rows: string[], dryRun: boolean) =>
      graphql<{
        importNeedsRound: {
          status: string;
          format: string;
          rowsRead: number;
          errorCount: number;
          failureCode: string | null;
          problems: { row: number; column: string; field: string; code: string }[];
          round: { id: string; peopleInNeedCellCount: number } | null;
        };
      }>(
        IMPORT,
        {
          input: {
            fileName: 'pin.csv',
            contentBase64: Buffer.from(
              ['Sector,Dep,Grupo,PiN,Mujeres,Hombres,Sev', header, ...rows].join('\n'),
            ).toString('base64'),
            dryRun,
            analysisCode: importCode,
            title: `Ronda importada ${run}`,
            planYear: 2025,
            inForceFrom: '2025-03-01',
            source: 'Archivo de prueba',
          },
        },
        admin,
      );
    const bad = await upload(['HEA,PE15,IN_DESTINATION,100,60,40,3', 'EDU,PE15,IN_DESTINATION,-1,0,0,3'], true);
    expect(bad.errors).toBeUndefined();
    expect(bad.data!.importNeedsRound).toMatchObject({
      status: 'DRY_RUN_DONE',
      format: 'csv+hxl',
      rowsRead: 2,
      errorCount: 1,
    });
    expect(bad.data!.importNeedsRound.problems).toEqual([
      { row: 4, column: '4', field: 'peopleInNeed', code: 'VALUE.NEGATIVE', severity: 'error' },
    ]);

    const good = await upload(['HEA,PE15,IN_DESTINATION,100,60,40,3', 'EDU,PE15,IN_DESTINATION,50,30,20,3'], false);
    expect(good.errors).toBeUndefined();
    expect(good.data!.importNeedsRound).toMatchObject({ status: 'COMPLETED', failureCode: null, errorCount: 0 });
    expect(good.data!.importNeedsRound.round!.peopleInNeedCellCount).toBe(2);
    const totals = await graphql<{ peopleInNeedTotals: { sectors: { sector: string; peopleInNeed: number }[] } }>(
      TOTALS,
      { filter: { analysisCode: importCode, asOf: '2025-03-31' } },
      admin,
    );
    expect(totals.errors).toBeUndefined();
    expect(
      totals.data!.peopleInNeedTotals.sectors.map(({ sector, peopleInNeed }) => [sector, peopleInNeed]).sort(),
    ).toEqual([
      ['EDU', 50],
      ['HEA', 100],
    ]);
  });
});
