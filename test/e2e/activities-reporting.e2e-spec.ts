import { randomUUID } from 'node:crypto';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, graphql, type GraphQLResponse } from '../support/gateway-client';
import { scopedDevToken } from '../support/scoped-dev-token';

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const PARTNERS = `query ($after: String) {
  partnerOrganisations(page: { first: 50, after: $after }) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const REPORT_FIELDS = `id status version month pcode placeName departmentPcode sector subSector indicatorCode quantity
  newBeneficiaries cells { girls boys women men unknown } warnings { code field }
  reportingOrganisation { id name }`;
const CREATE = `mutation ($input: CreateActivityReportInput!) { createActivityReport(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation ($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id status } }`;
const APPROVE = `mutation ($input: ApproveActivityReportInput!) { approveActivityReport(input: $input) { id status } }`;
const REPORT = `query ($id: ID!) { activityReport(id: $id) { ${REPORT_FIELDS} } }`;
const REPORTS = `query ($filter: ActivityReportFilterInput) {
  activityReports(filter: $filter, page: { first: 10 }) { totalCount nodes { id status } }
}`;
const HISTORY = `query ($id: ID!) {
  reportHistory(id: $id, page: { first: 5 }) { totalCount nodes { revision action changes { field } } }
}`;
const REACHED = `query ($sector: String!, $month: String!) {
  reachedByPlace(sector: $sector, month: $month, level: DEPARTMENT, page: { first: 10 }) {
    totalCount nodes { pcode placeName placeLevel indicatorCode unit reached newBeneficiaries cells { women unknown } }
  }
}`;
const PRESENCE = `query ($filter: PartnerPresenceFilterInput) {
  partnerPresence(filter: $filter, page: { first: 5 }) { nodes { pcode sector organisations { id } } }
}`;

interface Report {
  id: string;
  status: string;
  version: number;
  warnings: { code: string }[];
  reportingOrganisation: { id: string; name: string } | null;
  [field: string]: unknown;
}

const run = randomUUID().slice(0, 8);

async function replicated(token: string, ids: string[]): Promise<void> {
  await eventually(async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response: GraphQLResponse<{
        partnerOrganisations: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }> = await graphql(PARTNERS, { after }, token);
      expect(response.errors).toBeUndefined();
      response.data!.partnerOrganisations.nodes.forEach((node) => seen.add(node.id));
      if (!response.data!.partnerOrganisations.pageInfo.hasNextPage) break;
      after = response.data!.partnerOrganisations.pageInfo.endCursor;
    }
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
  }, 60_000);
}

describe('4W activity reporting through the gateway', () => {
  let organisationA: string;
  let organisationB: string;
  let reporterA: string;
  let reporterB: string;
  let reportId: string;
  const month = '2025-09';

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const register = async (name: string) => {
      const response = await graphql<{ registerOrganisation: { id: string } }>(
        REGISTER,
        { input: { name, type: 'NNGO' } },
        admin,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.registerOrganisation.id;
    };
    organisationA = await register(`Asociación Civil Kallpa ${run}`);
    organisationB = await register(`Red de Apoyo Venezolano ${run}`);
    reporterA = await devToken(['PARTNER_REPORTER'], organisationA, `reporter-a-${run}`);
    reporterB = await devToken(['PARTNER_REPORTER'], organisationB, `reporter-b-${run}`);
    await replicated(reporterA, [organisationA, organisationB]);
  }, 90_000);

  it('lets a partner draft a report for its organisation, with normalised codes and its warnings', async () => {
    const input = {
      id: randomUUID(),
      sector: ' pro',
      indicatorCode: 'pro-gbv-01',
      pcode: 'PE150132',
      month,
      populationGroup: 'IN_DESTINATION',
      modality: 'SERVICE',
      quantity: 40,
      cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
      newBeneficiaries: 25,
    };
    const created = await graphql<{ createActivityReport: Report }>(CREATE, { input }, reporterA);
    expect(created.errors).toBeUndefined();
    const report = created.data!.createActivityReport;
    expect(report).toMatchObject({
      id: input.id,
      status: 'DRAFT',
      version: 1,
      sector: 'PRO',
      subSector: 'GBV',
      indicatorCode: 'PRO-GBV-01',
      placeName: 'San Juan de Lurigancho',
      departmentPcode: 'PE15',
      warnings: [],
      reportingOrganisation: { id: organisationA, name: `Asociación Civil Kallpa ${run}` },
    });
    reportId = report.id;

    const again = await graphql<{ createActivityReport: Report }>(CREATE, { input }, reporterA);
    expect(again.data!.createActivityReport.id).toBe(reportId);
    const badCells = await graphql(
      CREATE,
      { input: { ...input, id: randomUUID(), cells: { ...input.cells, unknown: 5 } } },
      reporterA,
    );
    expect(errorCodes(badCells)).toEqual(['DISAGGREGATION.SUM_MISMATCH']);
    expect(badCells.errors![0].extensions!.field).toBe('input.cells');
  });

  it('keeps the draft from another partner, by list and by id', async () => {
    const byId = await graphql(REPORT, { id: reportId }, reporterB);
    expect(errorCodes(byId)).toEqual(['REPORT.NOT_FOUND']);
    const listed = await graphql<{ activityReports: { totalCount: number } }>(
      REPORTS,
      { filter: { organisationId: organisationA } },
      reporterB,
    );
    expect(listed.data!.activityReports.totalCount).toBe(0);
    expect(errorCodes(await graphql(HISTORY, { id: reportId }, reporterB))).toEqual(['REPORT.NOT_FOUND']);
  });

  it('lets the partner submit it and the coordinator of the sector approve it', async () => {
    const coordinator = await scopedDevToken([{ role: 'SECTOR_COORDINATOR', sector: 'PRO', region: 'PE15' }]);
    const otherSector = await scopedDevToken([{ role: 'SECTOR_COORDINATOR', sector: 'HEA', region: null }]);
    expect(errorCodes(await graphql(APPROVE, { input: { id: reportId } }, coordinator))).toEqual(['REPORT.NOT_FOUND']);

    const submitted = await graphql<{ submitActivityReport: Report }>(SUBMIT, { input: { id: reportId } }, reporterA);
    expect(submitted.data!.submitActivityReport.status).toBe('SUBMITTED');
    expect(errorCodes(await graphql(APPROVE, { input: { id: reportId } }, otherSector))).toEqual(['REPORT.NOT_FOUND']);
    expect(errorCodes(await graphql(APPROVE, { input: { id: reportId } }, reporterA))).toEqual(['AUTH.FORBIDDEN']);

    const approved = await graphql<{ approveActivityReport: Report }>(
      APPROVE,
      { input: { id: reportId } },
      coordinator,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveActivityReport.status).toBe('APPROVED');

    const history = await graphql<{ reportHistory: { nodes: { action: string }[] } }>(
      HISTORY,
      { id: reportId },
      reporterA,
    );
    expect(history.errors).toBeUndefined();
    expect(history.data!.reportHistory.nodes.map((revision) => revision.action)).toEqual([
      'CREATED',
      'SUBMITTED',
      'APPROVED',
    ]);
    // Submitted, it is still not the other partner's to read.
    expect(errorCodes(await graphql(REPORT, { id: reportId }, reporterB))).toEqual(['REPORT.NOT_FOUND']);
    const presence = await graphql<{ partnerPresence: { nodes: { organisations: { id: string }[] }[] } }>(
      PRESENCE,
      { filter: { pcode: 'PE150132', sector: 'PRO', monthFrom: month, monthTo: month } },
      reporterB,
    );
    expect(presence.errors).toBeUndefined();
    expect(presence.data!.partnerPresence.nodes.flatMap((node) => node.organisations.map((o) => o.id))).toContain(
      organisationA,
    );
  });

  it('gives a government viewer aggregated figures only', async () => {
    const government = await devToken(['GOVERNMENT_VIEWER'], null, `ministerio-${run}`);
    expect(errorCodes(await graphql(REPORTS, {}, government))).toEqual(['AUTH.FORBIDDEN']);
    expect(errorCodes(await graphql(REPORT, { id: reportId }, government))).toEqual(['AUTH.FORBIDDEN']);

    const figures = await graphql<{
      reachedByPlace: { nodes: { pcode: string; indicatorCode: string; reached: number; placeLevel: string }[] };
    }>(REACHED, { sector: 'PRO', month }, government);
    expect(figures.errors).toBeUndefined();
    const lima = figures.data!.reachedByPlace.nodes.find(
      (node) => node.pcode === 'PE15' && node.indicatorCode === 'PRO-GBV-01',
    );
    expect(lima).toMatchObject({ placeLevel: 'DEPARTMENT' });
    expect(lima!.reached).toBeGreaterThanOrEqual(40);
    const text = JSON.stringify(figures);
    expect(text).not.toContain(organisationA);
    expect(text).not.toContain('Kallpa');
    expect(errorCodes(await graphql(REACHED, { sector: 'PRO', month }, reporterA))).toEqual(['AUTH.FORBIDDEN']);
  });
});
