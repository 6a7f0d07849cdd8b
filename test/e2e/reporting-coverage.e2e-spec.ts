import { randomUUID } from 'node:crypto';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, graphql } from '../support/gateway-client';
import { scopedDevToken } from '../support/scoped-dev-token';
import { record, subscriptionClient } from '../support/subscription-client';

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id status } }`;
const SUBMIT = `mutation ($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id status } }`;
const APPROVE = `mutation ($input: ApproveActivityReportInput!) { approveActivityReport(input: $input) { id status } }`;
const COVERAGE_CHANGED = `subscription ($sector: String, $pcode: String) {
  coverageChanged(sector: $sector, pcode: $pcode) { planYear month sector pcode departmentPcode cause }
}`;
const COVERAGE = `query ($filter: CoverageFilterInput!) {
  coverage(filter: $filter) {
    pcode name level sector peopleInNeed targeted reachedMonthly reachedConsolidated consolidatedIsUpperBound gap
    coveragePercent partnersPresent cells { girls boys women men unknown suppressed } ownReachedMonthly
  }
}`;

interface CoverageRow {
  pcode: string;
  name: string;
  reachedMonthly: number;
  reachedConsolidated: number;
  partnersPresent: number;
  ownReachedMonthly: number | null;
  cells: Record<string, number | boolean | null>;
}

const run = randomUUID().slice(0, 8);
// Ayacucho in November: no other end-to-end test reports there, so the figures are this test's alone.
const filter = { planYear: 2025, monthFrom: 11, monthTo: 11, sector: 'PRO', level: 'DEPARTMENT', parentPcode: 'PE05' };

async function ayacucho(token: string): Promise<CoverageRow | undefined> {
  const response = await graphql<{ coverage: CoverageRow[] }>(COVERAGE, { filter }, token);
  expect(response.errors).toBeUndefined();
  return response.data!.coverage.find((row) => row.pcode === 'PE05');
}

describe('coverage through the gateway', () => {
  it('changes the coverage of a cell once a report is approved in activities', async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const registered = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER,
      { input: { name: `Centro de Apoyo Ayacucho ${run}`, type: 'NNGO' } },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const organisationId = registered.data!.registerOrganisation.id;
    const reporter = await devToken(['PARTNER_REPORTER'], organisationId, `reporter-${run}`);
    const government = await devToken(['GOVERNMENT_VIEWER'], null, `ministerio-${run}`);
    expect(await ayacucho(government)).toBeUndefined();

    const input = {
      id: randomUUID(),
      sector: 'PRO',
      indicatorCode: 'PRO-GBV-01',
      pcode: 'PE050101',
      month: '2025-11',
      populationGroup: 'IN_DESTINATION',
      modality: 'SERVICE',
      quantity: 40,
      cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
      newBeneficiaries: 25,
    };
    // The organisation reaches activities through the directory's events: retry until it is known there.
    await eventually(async () => {
      const created = await graphql<{ createActivityReport: { status: string } }>(CREATE, { input }, reporter);
      expect(created.errors).toBeUndefined();
    }, 60_000);
    expect((await graphql(SUBMIT, { input: { id: input.id } }, reporter)).errors).toBeUndefined();
    // Submitted is not approved: nothing counts yet.
    expect(await ayacucho(government)).toBeUndefined();

    const coordinator = await scopedDevToken([{ role: 'SECTOR_COORDINATOR', sector: 'PRO', region: 'PE05' }]);
    // A dashboard watching protection in Ayacucho over graphql-ws, and one watching Lima (told nothing).
    const live = subscriptionClient(government);
    const ayacuchoWatch = record<{ coverageChanged: Record<string, unknown> }>(live, COVERAGE_CHANGED, {
      sector: 'PRO',
      pcode: 'PE05',
    });
    const limaWatch = record<{ coverageChanged: Record<string, unknown> }>(live, COVERAGE_CHANGED, {
      sector: 'PRO',
      pcode: 'PE15',
    });
    // Subscriptions start with the gateway's next events: give the connection a moment to be in place.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const approved = await graphql<{ approveActivityReport: { status: string } }>(
      APPROVE,
      { input: { id: input.id } },
      coordinator,
    );
    expect(approved.errors).toBeUndefined();

    const row = await eventually(async () => {
      const seen = await ayacucho(government);
      expect(seen).toBeDefined();
      return seen!;
    }, 30_000);
    await eventually(async () => expect(ayacuchoWatch.received).toHaveLength(1), 30_000);
    expect(ayacuchoWatch.received[0].coverageChanged).toEqual({
      planYear: 2025,
      month: 11,
      sector: 'PRO',
      pcode: 'PE050101',
      departmentPcode: 'PE05',
      cause: 'REPORT',
    });
    expect(limaWatch.received.filter((message) => message.coverageChanged.pcode === 'PE050101')).toEqual([]);
    ayacuchoWatch.stop();
    limaWatch.stop();
    await live.dispose();
    expect(row).toMatchObject({
      name: 'Ayacucho',
      reachedMonthly: 40,
      reachedConsolidated: 25,
      partnersPresent: 1,
      ownReachedMonthly: null,
    });
    // 6 girls and 32 women are shown to the ministry; the 2 of unknown sex and age are withheld (under 5).
    expect(row.cells).toEqual({ girls: 6, boys: 0, women: 32, men: 0, unknown: null, suppressed: true });
    expect(await ayacucho(reporter)).toMatchObject({ ownReachedMonthly: 40, cells: { unknown: 2, suppressed: false } });
  }, 120_000);

  it('refuses a filter it cannot answer, naming the field', async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const response = await graphql(COVERAGE, { filter: { ...filter, monthFrom: 12, monthTo: 3 } }, admin);
    expect(errorCodes(response)).toEqual(['INPUT.INVALID']);
    expect(response.errors![0].extensions!.fields).toEqual([
      { field: 'filter.monthFrom', message: 'must not come after monthTo' },
    ]);
  });
});
