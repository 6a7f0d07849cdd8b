import type { Role, Viewer } from '@coordination/auth';
import { mayReadReport, readsReportRows, visibleReportsCondition } from './report-access';

const ORG_A = '0b7e3c1a-2d4f-4a6b-8c9d-1e2f3a4b5c6d';
const ORG_B = '5b0d7a52-3f0e-4d55-8f3b-0c1f0c6f2a11';

function viewer(role: Role, organisationId: string | null, sector: string | null = null, region: string | null = null) {
  return { userId: 'u', organisationId, roles: [role], grants: [{ role, sector, region }] } satisfies Viewer;
}

const draftOfA = { status: 'DRAFT' as const, reportingOrganisationId: ORG_A, sector: 'HEA', pcode: 'PE150101' };
const submittedOfA = { ...draftOfA, status: 'SUBMITTED' as const };

describe('who reads which report', () => {
  it('lets a partner read its own drafts and nobody else’s', () => {
    expect(mayReadReport(viewer('PARTNER_REPORTER', ORG_A), draftOfA)).toBe(true);
    expect(mayReadReport(viewer('PARTNER_ADMIN', ORG_B), draftOfA)).toBe(false);
    expect(mayReadReport(viewer('PARTNER_REPORTER', ORG_B), submittedOfA)).toBe(false);
  });

  it('shows a coordinator the non-draft reports of its sector, and region when it has one', () => {
    expect(mayReadReport(viewer('SECTOR_COORDINATOR', null, 'HEA'), draftOfA)).toBe(false);
    expect(mayReadReport(viewer('SECTOR_COORDINATOR', null, 'HEA'), submittedOfA)).toBe(true);
    expect(mayReadReport(viewer('SECTOR_COORDINATOR', null, 'HEA', 'PE15'), submittedOfA)).toBe(true);
    expect(mayReadReport(viewer('SECTOR_COORDINATOR', null, 'HEA', 'PE24'), submittedOfA)).toBe(false);
    expect(mayReadReport(viewer('SECTOR_COORDINATOR', null, 'EDU'), submittedOfA)).toBe(false);
  });

  it('keeps row-level data from government viewers, and lets platform admins see everything', () => {
    expect(readsReportRows(viewer('GOVERNMENT_VIEWER', null))).toBe(false);
    expect(mayReadReport(viewer('GOVERNMENT_VIEWER', null), submittedOfA)).toBe(false);
    expect(visibleReportsCondition(viewer('GOVERNMENT_VIEWER', null), 'r')).toBeNull();
    expect(mayReadReport(viewer('PLATFORM_ADMIN', null), draftOfA)).toBe(true);
    expect(visibleReportsCondition(viewer('PLATFORM_ADMIN', null), 'r')?.sql).toBe('(TRUE)');
  });

  it('writes the same rule as SQL', () => {
    const coordinator = viewer('SECTOR_COORDINATOR', ORG_B, 'HEA', 'PE15');
    expect(visibleReportsCondition(coordinator, 'r')).toEqual({
      sql: `((r.status <> 'DRAFT' AND r.sector = :grantSector0 AND r.department_pcode = :grantRegion0))`,
      params: { grantSector0: 'HEA', grantRegion0: 'PE15' },
    });
    expect(visibleReportsCondition(viewer('PARTNER_REPORTER', null), 'r')).toBeNull();
  });
});
