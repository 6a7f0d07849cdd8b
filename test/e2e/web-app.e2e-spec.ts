import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '@coordination/testing';
import { launchChromium, logIn, saveScreenshot, webAppUrl } from '../support/browser';
import { devToken, graphql } from '../support/gateway-client';
import { scopedDevToken } from '../support/scoped-dev-token';

const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const REGISTER_USER = `mutation ($input: RegisterUserInput!) { registerUser(input: $input) { id } }`;
const GRANT_ROLE = `mutation ($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
const PARTNERS = `{ partnerOrganisations(page: { first: 100 }) { nodes { id } } }`;
const COVERAGE = `query ($filter: CoverageFilterInput!) {
  coverage(filter: $filter) { pcode peopleInNeed targeted reachedMonthly reachedConsolidated gap coveragePercent partnersPresent }
}`;
const CREATE_REPORT = `mutation ($input: CreateActivityReportInput!) { createActivityReport(input: $input) { id } }`;
const SUBMIT_REPORT = `mutation ($input: SubmitActivityReportInput!) { submitActivityReport(input: $input) { id } }`;
const APPROVE_REPORT = `mutation ($input: ApproveActivityReportInput!) { approveActivityReport(input: $input) { id } }`;
const TOP_GAPS = `query ($filter: CoverageFilterInput!) { topGaps(filter: $filter, first: 10) { pcode gap } }`;
const PUBLISH_ROUND = `mutation ($input: PublishNeedsRoundInput!) { publishNeedsRound(input: $input) { id } }`;
const REPORT = `query ($id: ID!) { activityReport(id: $id) { status quantity cells { girls boys women men unknown } } }`;

const run = randomUUID().slice(0, 8);
const PASSWORD = 'Cerro-de-Pasco-4380m';
const month = '2025-06';

/** A person with a password and one role, as the directory's admin would set them up. */
async function person(admin: string, organisationId: string, email: string, role: object): Promise<void> {
  const user = await graphql<{ registerUser: { id: string } }>(
    REGISTER_USER,
    { input: { organisationId, email, displayName: email.split('@')[0], password: PASSWORD } },
    admin,
  );
  expect(user.errors).toBeUndefined();
  const grant = await graphql(GRANT_ROLE, { input: { userId: user.data!.registerUser.id, ...role } }, admin);
  expect(grant.errors).toBeUndefined();
}

function fiveWFile(placeOfSecondRow: string): Buffer {
  return Buffer.from(
    [
      'Reporte 5W junio,,,,,,,,,,,,,',
      'Organización que reporta,Sector,Indicador,Ubigeo,Mes,Grupo poblacional,Modalidad,Cantidad,Niñas,Niños,Mujeres,Hombres,Desconocido,Nuevos',
      '#org+reporting,#sector+code,#indicator+code,#adm3+code,#date+month,#population+type,#modality,#output+value,#reached+f+children,#reached+m+children,#reached+f+adults,#reached+m+adults,#reached+unknown,#reached+new',
      `Manos Unidas ${run},PRO,PRO-GBV-01,PE150132,${month},IN_DESTINATION,SERVICE,40,6,0,32,0,2,25`,
      `Manos Unidas ${run},HEA,HEA-01,${placeOfSecondRow},${month},IN_DESTINATION,SERVICE,120,20,25,40,30,5,60`,
    ].join('\n'),
  );
}

describe('the web app in Chromium, served by the gateway', () => {
  let browser: Browser;
  const partnerEmail = `socia.${run}@example.org`;
  const coordinatorEmail = `coordinadora.${run}@example.org`;
  let submittedReportId: string;
  let partnerOrganisationId: string;

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const organisation = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER_ORGANISATION,
      { input: { name: `Manos Unidas ${run}`, type: 'NNGO' } },
      admin,
    );
    expect(organisation.errors).toBeUndefined();
    const organisationId = organisation.data!.registerOrganisation.id;
    partnerOrganisationId = organisationId;
    await person(admin, organisationId, partnerEmail, { role: 'PARTNER_REPORTER' });
    const coordination = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER_ORGANISATION,
      { input: { name: `Coordinación Protección ${run}`, type: 'UN_AGENCY' } },
      admin,
    );
    await person(admin, coordination.data!.registerOrganisation.id, coordinatorEmail, {
      role: 'SECTOR_COORDINATOR',
      sector: 'PRO',
    });
    const partner = await devToken(['PARTNER_REPORTER'], organisationId);
    await eventually(async () => {
      const known = await graphql<{ partnerOrganisations: { nodes: { id: string }[] } }>(PARTNERS, {}, partner);
      expect(known.data!.partnerOrganisations.nodes.map((node) => node.id)).toContain(organisationId);
    }, 60_000);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'es-PE' });
    return context.newPage();
  }

  it('logs a partner in, in Spanish by default, and switches to English', async () => {
    const page = await newPage();
    await logIn(page, partnerEmail, PASSWORD);
    await page.getByRole('link', { name: 'Mis reportes 5W' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.locator('select[name=language]').selectOption('en');
    await page.getByRole('link', { name: 'My 5W reports' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.context().close();
  }, 90_000);

  it('creates a report with the form: cells that do not add up are refused at their field, then it is submitted', async () => {
    const page = await newPage();
    await logIn(page, partnerEmail, PASSWORD);
    await page.getByRole('link', { name: 'Mis reportes 5W' }).waitFor();
    await page.goto(webAppUrl('#/reports/new'));
    await page.locator('input[name=month]').fill(month);
    await page.locator('select[name=sector]').selectOption('PRO');
    await page.locator('select[name=indicatorCode]').selectOption('PRO-GBV-01');
    await page.locator('#place').fill('tumbes');
    await page.getByRole('option', { name: /\(PE240101\)/ }).click();
    await page.locator('input[name=quantity]').fill('40');
    await page.getByLabel('Niñas (<18)', { exact: true }).fill('6');
    await page.getByLabel('Niños (<18)', { exact: true }).fill('0');
    await page.getByLabel('Mujeres (18+)', { exact: true }).fill('30');
    await page.getByLabel('Hombres (18+)', { exact: true }).fill('0');
    await page.getByLabel('Sin dato', { exact: true }).fill('2');
    await page.locator('input[name=newBeneficiaries]').fill('25');
    await page.getByText('Las celdas deben sumar la cantidad (38 de 40).').waitFor();

    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    const cellsError = page.locator('[data-error-for="input.cells"]');
    await cellsError.waitFor();
    expect(await cellsError.textContent()).toMatch(/38/);
    expect(page.url()).toContain('#/reports/new');

    await page.getByLabel('Mujeres (18+)', { exact: true }).fill('32');
    await page.getByRole('button', { name: 'Guardar borrador' }).click();
    await page.waitForURL(/#\/reports\/[0-9a-f-]{36}$/);
    submittedReportId = page.url().split('/').at(-1)!;
    await saveScreenshot(page, 'report-form');
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await page.locator(`tr[data-report-id="${submittedReportId}"] .status-submitted`).waitFor();

    const partner = await devToken(['PLATFORM_ADMIN']);
    const stored = await graphql<{ activityReport: { status: string; quantity: number } }>(
      REPORT,
      { id: submittedReportId },
      partner,
    );
    expect(stored.data!.activityReport).toMatchObject({
      status: 'SUBMITTED',
      quantity: 40,
      cells: { girls: 6, boys: 0, women: 32, men: 0, unknown: 2 },
    });
    await page.context().close();
  }, 120_000);

  it('uploads a 5W file: the dry run lists the bad row, the fixed file imports with progress to 100%', async () => {
    const page = await newPage();
    await logIn(page, partnerEmail, PASSWORD);
    await page.getByRole('link', { name: 'Importar archivo' }).click();
    const fileInput = page.getByLabel('Archivo', { exact: true });

    await fileInput.setInputFiles({ name: 'junio.csv', mimeType: 'text/csv', buffer: fiveWFile('PE999999') });
    await page.getByRole('button', { name: 'Revisar (sin guardar)' }).click();
    const badRow = page.locator('table.problems tbody tr.error').first();
    await badRow.waitFor({ timeout: 60_000 });
    expect(await badRow.locator('td').first().textContent()).toBe('5');
    expect(await badRow.locator('code').textContent()).toMatch(/^GEO\./);
    await saveScreenshot(page, 'import-preview');

    await fileInput.setInputFiles({ name: 'junio.csv', mimeType: 'text/csv', buffer: fiveWFile('PE240101') });
    await page.getByRole('button', { name: 'Revisar (sin guardar)' }).click();
    await page.getByText('Sin problemas: listo para importar.').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Importar todo' }).click();
    await page.getByText('Importación completa: 2 reportes.').waitFor({ timeout: 60_000 });
    expect(await page.locator('#import-progress').getAttribute('value')).toBe('100');
    expect(await page.getByTestId('import-percent').textContent()).toMatch(/^100%/);
    await saveScreenshot(page, 'import-completed');
    await page.context().close();
  }, 150_000);

  it('lets the sector coordinator approve the submitted report from the queue', async () => {
    const page = await newPage();
    await logIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: 'Aprobaciones' }).click();
    const item = page.locator(`li[data-report-id="${submittedReportId}"]`);
    await item.waitFor();
    await saveScreenshot(page, 'approval-queue');
    await item.getByRole('button', { name: 'Aprobar' }).click();
    await item.waitFor({ state: 'detached' });

    const admin = await devToken(['PLATFORM_ADMIN']);
    const stored = await graphql<{ activityReport: { status: string } }>(REPORT, { id: submittedReportId }, admin);
    expect(stored.data!.activityReport.status).toBe('APPROVED');
    await page.context().close();
  }, 90_000);

  interface CoverageRow {
    pcode: string;
    peopleInNeed: number | null;
    targeted: number | null;
    reachedMonthly: number;
    reachedConsolidated: number;
    gap: number | null;
    coveragePercent: number | null;
    partnersPresent: number;
  }

  /** What the reporting API says of one department, asked as the coordinator's page asks it. */
  async function departmentFigures(token: string, sector: string, pcode: string): Promise<CoverageRow> {
    const answer = await graphql<{ coverage: CoverageRow[] }>(
      COVERAGE,
      { filter: { planYear: 2025, sector, monthTo: 6, level: 'DEPARTMENT' } },
      token,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.coverage.find((row) => row.pcode === pcode)!;
  }

  /** The tooltip's figures as numbers (the page formats them for Peru: thousands separators, "%"). */
  async function tooltipFigures(page: Page, pcode: string): Promise<Record<string, number | null>> {
    await page.locator(`svg.map path[data-pcode="${pcode}"]`).hover();
    await page.locator(`[data-testid=map-tooltip][data-pcode="${pcode}"]`).waitFor();
    const figures: Record<string, number | null> = {};
    for (const cell of await page.locator('[data-testid=map-tooltip] [data-figure]').all()) {
      const text = (await cell.textContent()) ?? '';
      const digits = text.replace(/[^0-9.,]/g, '');
      figures[(await cell.getAttribute('data-figure'))!] = digits === '' ? null : Number(digits.replace(/,/g, ''));
    }
    return figures;
  }

  it('shows the coordinator the coverage map: coloured departments whose tooltips match the API, live updates without a reload, a sector change', async () => {
    const coordinator = await devToken(['SECTOR_COORDINATOR'], null, `map-${run}`);
    // People in need for 2025, so departments have a coverage to be coloured by.
    const pin = (sector: string, pcode: string, peopleInNeed: number) => ({
      sector,
      pcode,
      populationGroup: 'IN_DESTINATION',
      peopleInNeed,
      cells: { girls: 0, boys: 0, women: 0, men: 0, unknown: peopleInNeed },
    });
    const round = await graphql(
      PUBLISH_ROUND,
      {
        input: {
          analysisCode: `WEB-${run}`.toUpperCase(),
          title: `Necesidades para el mapa ${run}`,
          planYear: 2025,
          inForceFrom: '2025-01-01',
          source: 'Prueba del mapa',
          peopleInNeed: [pin('PRO', 'PE24', 400), pin('PRO', 'PE15', 5000), pin('HEA', 'PE24', 900)],
        },
      },
      await devToken(['PLATFORM_ADMIN']),
    );
    expect(round.errors).toBeUndefined();
    // The approval of the previous test and the round reach reporting through Kafka.
    const tumbes = await eventually(async () => {
      const figures = await departmentFigures(coordinator, 'PRO', 'PE24');
      expect(figures.reachedMonthly).toBeGreaterThanOrEqual(40);
      expect(figures.coveragePercent).not.toBeNull();
      return figures;
    }, 60_000);
    const page = await newPage();
    await logIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: 'Mapa de brechas' }).click();
    await page.locator('svg.map path[data-pcode="PE24"]').waitFor();
    await page.locator('select[name=planYear]').selectOption('2025');
    await page.locator('select[name=sector]').selectOption('PRO');
    await page.locator('select[name=monthTo]').selectOption('6');
    const expected = (row: CoverageRow) => ({
      peopleInNeed: row.peopleInNeed,
      targeted: row.targeted,
      reachedMonthly: row.reachedMonthly,
      reachedConsolidated: row.reachedConsolidated,
      gap: row.gap,
      coveragePercent: row.coveragePercent === null ? null : Number(row.coveragePercent.toFixed(1)),
      partnersPresent: row.partnersPresent,
    });
    await eventually(async () => expect(await tooltipFigures(page, 'PE24')).toEqual(expected(tumbes)), 20_000);
    const fills = await page
      .locator('svg.map path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('fill')));
    expect(fills.length).toBe(25);
    expect(fills.every((fill) => fill !== null && fill !== '')).toBe(true);
    // Departments with a coverage are coloured apart from those without data.
    const tumbesFill = await page.locator('svg.map path[data-pcode="PE24"]').getAttribute('fill');
    const noDataFill = await page.locator('svg.map path[data-pcode="PE01"]').getAttribute('fill');
    expect(tumbesFill).not.toBe(noDataFill);
    await saveScreenshot(page, 'coverage-map');

    // Another partner report approved elsewhere: the open map updates through the subscription, no reload.
    const reportId = randomUUID();
    const partner = await devToken(['PARTNER_REPORTER'], partnerOrganisationId, `socia-api-${run}`);
    const report = {
      id: reportId,
      sector: 'PRO',
      indicatorCode: 'PRO-GBV-01',
      pcode: 'PE240102',
      month,
      populationGroup: 'IN_DESTINATION',
      modality: 'SERVICE',
      quantity: 10,
      cells: { girls: 2, boys: 2, women: 3, men: 3, unknown: 0 },
      newBeneficiaries: 10,
    };
    expect((await graphql(CREATE_REPORT, { input: report }, partner)).errors).toBeUndefined();
    expect((await graphql(SUBMIT_REPORT, { input: { id: reportId } }, partner)).errors).toBeUndefined();
    const protectionCoordinator = await scopedDevToken([{ role: 'SECTOR_COORDINATOR', sector: 'PRO', region: null }]);
    expect((await graphql(APPROVE_REPORT, { input: { id: reportId } }, protectionCoordinator)).errors).toBeUndefined();
    const updated = await eventually(async () => {
      const figures = await departmentFigures(coordinator, 'PRO', 'PE24');
      expect(figures.reachedMonthly).toBe(tumbes.reachedMonthly + 10);
      return figures;
    }, 30_000);
    await eventually(async () => expect(await tooltipFigures(page, 'PE24')).toEqual(expected(updated)), 20_000);

    await page.locator('select[name=sector]').selectOption('HEA');
    const health = await departmentFigures(coordinator, 'HEA', 'PE24');
    expect(health.reachedMonthly).not.toBe(tumbes.reachedMonthly);
    await eventually(async () => expect(await tooltipFigures(page, 'PE24')).toEqual(expected(health)), 20_000);
    await page.context().close();
  }, 150_000);

  it('shows a sector: the gap ranking as the API ranks it, who works where, and the trend over the months', async () => {
    const coordinator = await devToken(['SECTOR_COORDINATOR'], null, `sector-${run}`);
    const filter = { planYear: 2025, sector: 'PRO', monthTo: 6, level: 'DEPARTMENT' };
    const ranked = await graphql<{ topGaps: { pcode: string; gap: number | null }[] }>(
      TOP_GAPS,
      { filter },
      coordinator,
    );
    expect(ranked.errors).toBeUndefined();
    const page = await newPage();
    await logIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: 'Vista del sector' }).click();
    await page.locator('select[name=planYear]').selectOption('2025');
    await page.locator('select[name=sector]').selectOption('PRO');
    await page.locator('select[name=monthTo]').selectOption('6');
    const rows = page.locator('table.gap-ranking tbody tr');
    await eventually(async () => {
      const shown = await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-pcode')));
      expect(shown).toEqual(ranked.data!.topGaps.map((row) => row.pcode));
    }, 20_000);
    expect(ranked.data!.topGaps.map((row) => row.pcode)).toEqual(expect.arrayContaining(['PE15', 'PE24']));
    await page.locator(`table.partner-presence tr[data-organisation-id="${partnerOrganisationId}"]`).first().waitFor();
    expect(
      await page
        .locator(`table.partner-presence tr[data-organisation-id="${partnerOrganisationId}"]`)
        .first()
        .textContent(),
    ).toContain('Tumbes');
    // One point per month, January to June.
    const monthly = await page.locator('svg.trend-chart path[data-series=monthly]').getAttribute('d');
    expect(monthly!.match(/[ML]/g)).toHaveLength(6);
    await saveScreenshot(page, 'sector-view');
    await page.context().close();
  }, 90_000);

  it('works on a phone-sized screen and by keyboard: no sideways scrolling, the map drills down with Enter', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'es-PE',
    });
    const page = await context.newPage();
    await logIn(page, coordinatorEmail, PASSWORD);
    await page.getByRole('link', { name: 'Mapa de brechas' }).click();
    await page.locator('svg.map path[data-pcode="PE24"]').waitFor();
    await page.locator('table.coverage-table').waitFor();
    // A phone browser widens the layout to fit content that overflows: compare with the screen itself.
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - 390);
    expect(await sideways()).toBeLessThanOrEqual(1);
    const mapBox = await page.locator('svg.map').boundingBox();
    expect(mapBox!.width).toBeLessThanOrEqual(390);
    expect(mapBox!.width).toBeGreaterThan(250);
    await saveScreenshot(page, 'coverage-map-phone');

    await page.locator('svg.map path[data-pcode="PE24"]').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Cobertura por provincia: Tumbes' }).waitFor();
    await page.getByRole('button', { name: 'Volver a los departamentos' }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(1);

    await page.getByRole('link', { name: 'Aprobaciones' }).click();
    await page.getByRole('heading', { name: 'Reportes por aprobar' }).waitFor();
    expect(await sideways()).toBeLessThanOrEqual(1);
    await context.close();
  }, 90_000);
});
