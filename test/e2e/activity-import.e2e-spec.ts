import { randomUUID } from 'node:crypto';
import { eventually } from '@coordination/testing';
import { devToken, errorCodes, graphql, type GraphQLResponse } from '../support/gateway-client';
import { record, subscriptionClient } from '../support/subscription-client';

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const START = `mutation ($input: StartActivityImportInput!) {
  startActivityImport(input: $input) { id status dryRun organisationId }
}`;
const JOB = `query ($id: ID!) {
  importJob(id: $id) { id status rowsTotal rowsProcessed reportsCreated errorCount problems { row column code } }
}`;
const PROGRESS = `subscription ($jobId: ID!) {
  importJobProgress(jobId: $jobId) { jobId milestone status rowsProcessed reportsCreated errorCount }
}`;
const REPORTS = `query ($filter: ActivityReportFilterInput) {
  activityReports(filter: $filter, page: { first: 10 }) { totalCount nodes { status pcode quantity indicatorCode } }
}`;
const EXPORT = `query ($filter: ActivityReportFilterInput) {
  exportActivityReports(filter: $filter, format: HXL_CSV) { fileName contentBase64 rowCount }
}`;

interface Progress {
  importJobProgress: { jobId: string; milestone: string; status: string; reportsCreated: number | null };
}

const run = randomUUID().slice(0, 8);

/** Whether the activities service's replica has the organisation yet (it follows the directory's events). */
async function knownToActivities(organisationId: string, token: string): Promise<boolean> {
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const response: GraphQLResponse<{
      partnerOrganisations: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }> = await graphql(
      `
        query ($after: String) {
          partnerOrganisations(page: { first: 50, after: $after }) {
            nodes {
              id
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `,
      { after },
      token,
    );
    const connection = response.data!.partnerOrganisations;
    if (connection.nodes.some((node) => node.id === organisationId)) return true;
    if (!connection.pageInfo.hasNextPage) return false;
    after = connection.pageInfo.endCursor;
  }
  return false;
}
const month = '2025-06';

describe('activity import through the gateway, followed by subscription', () => {
  let organisation: string;
  let reporter: string;

  beforeAll(async () => {
    const admin = await devToken(['PLATFORM_ADMIN']);
    const registered = await graphql<{ registerOrganisation: { id: string } }>(
      REGISTER,
      { input: { name: `Colectivo Migrante Ayni ${run}`, type: 'NNGO' } },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    organisation = registered.data!.registerOrganisation.id;
    reporter = await devToken(['PARTNER_REPORTER'], organisation, `importer-${run}`);
    // The activities service learns of the organisation from the directory's event.
    await eventually(async () => expect(await knownToActivities(organisation, reporter)).toBe(true), 60_000);
  }, 90_000);

  it('lets a partner upload a small HXL CSV, follow it to COMPLETED and see its reports', async () => {
    const file = [
      'Reporte 5W,,,,,,,,,,,,,',
      'Organización que reporta,Sector,Indicador,Ubigeo,Mes,Grupo poblacional,Modalidad,Cantidad,Niñas,Niños,Mujeres,Hombres,Desconocido,Nuevos',
      '#org+reporting,#sector+code,#indicator+code,#adm3+code,#date+month,#population+type,#modality,#output+value,#reached+f+children,#reached+m+children,#reached+f+adults,#reached+m+adults,#reached+unknown,#reached+new',
      `Colectivo Migrante Ayni ${run},PRO,PRO-GBV-01,PE150132,${month},IN_DESTINATION,SERVICE,40,6,0,32,0,2,25`,
      `colectivo migrante ayni ${run},HEA,HEA-01,240101,junio 2025,En destino,Servicio,120,20,25,40,30,5,60`,
    ].join('\n');
    const client = subscriptionClient(reporter);
    try {
      // The job id is chosen here, so the subscription is in place before the job's events travel through Kafka.
      const jobId = randomUUID();
      const progress = record<Progress>(client, PROGRESS, { jobId });
      const input = {
        id: jobId,
        fileName: 'ayni-junio.csv',
        contentBase64: Buffer.from(file).toString('base64'),
        dryRun: false,
      };
      const started = await graphql<{ startActivityImport: { id: string; status: string } }>(
        START,
        { input },
        reporter,
      );
      expect(started.errors).toBeUndefined();
      expect(started.data!.startActivityImport).toMatchObject({ id: jobId, status: 'QUEUED' });
      await progress.completed;
      const steps = progress.received.map((step) => step.importJobProgress);
      expect(steps.map((step) => step.milestone)).toEqual(['STARTED', 'COMPLETED']);
      expect(steps.at(-1)).toMatchObject({ jobId, status: 'COMPLETED', reportsCreated: 2 });
      const job = await graphql<{ importJob: { status: string; reportsCreated: number; rowsTotal: number } }>(
        JOB,
        { id: jobId },
        reporter,
      );
      expect(job.data!.importJob).toMatchObject({ status: 'COMPLETED', reportsCreated: 2, rowsTotal: 2 });

      const reports: GraphQLResponse<{ activityReports: { totalCount: number; nodes: { pcode: string }[] } }> =
        await graphql(REPORTS, { filter: { organisationId: organisation } }, reporter);
      expect(reports.data!.activityReports.totalCount).toBe(2);
      expect(reports.data!.activityReports.nodes.map((node) => node.pcode).sort()).toEqual(['PE150132', 'PE240101']);

      const exported = await graphql<{ exportActivityReports: { rowCount: number; contentBase64: string } }>(
        EXPORT,
        { filter: { organisationId: organisation } },
        reporter,
      );
      expect(exported.data!.exportActivityReports.rowCount).toBe(2);
      expect(Buffer.from(exported.data!.exportActivityReports.contentBase64, 'base64').toString()).toContain(
        '#org+reporting',
      );
    } finally {
      await client.dispose();
    }
  }, 60_000);

  it('hides a job from other partners, and refuses an upload that is not base64 with a code', async () => {
    const input = { fileName: 'x.csv', contentBase64: Buffer.from('a,b\n1,2\n').toString('base64'), dryRun: true };
    const started = await graphql<{ startActivityImport: { id: string } }>(START, { input }, reporter);
    const other = await devToken(['PARTNER_REPORTER'], randomUUID(), `other-${run}`);
    expect(errorCodes(await graphql(JOB, { id: started.data!.startActivityImport.id }, other))).toEqual([
      'IMPORT.JOB_NOT_FOUND',
    ]);
    const notBase64 = await graphql(START, { input: { ...input, contentBase64: 'no es base64!' } }, reporter);
    expect(errorCodes(notBase64)).toEqual(['IMPORT.NOT_BASE64']);
  });
});
