import {
  authorize,
  departmentOf,
  distinctRoles,
  unscopedGrants,
  type AccessGrant,
  type ProtectedResource,
  type Role,
  type Viewer,
} from '@coordination/auth';
import type { ReportStatus } from '@coordination/contracts';

/** Roles that see reports row by row; government viewers and integrators only get aggregates. */
const ROW_LEVEL_ROLES: readonly Role[] = ['PARTNER_REPORTER', 'PARTNER_ADMIN', 'SECTOR_COORDINATOR', 'PLATFORM_ADMIN'];

/** A draft is the partner's own working copy: its coordinator sees it only once submitted. */
const DRAFT_READER_ROLES: readonly Role[] = ['PARTNER_REPORTER', 'PARTNER_ADMIN', 'PLATFORM_ADMIN'];

interface ReportScope {
  status: ReportStatus;
  reportingOrganisationId: string;
  sector: string;
  pcode: string;
}

/** The report as libs/auth sees it: owned by the reporting organisation, in its sector, at its place. */
export function reportResource(report: Omit<ReportScope, 'status'>): ProtectedResource {
  return { organisationId: report.reportingOrganisationId, sector: report.sector, regionPcode: report.pcode };
}

/** Every grant of the viewer, with roles that came without a grant applied unscoped (as libs/auth does). */
function grantsOf(viewer: Viewer): AccessGrant[] {
  const ungranted = viewer.roles.filter((role) => !viewer.grants.some((grant) => grant.role === role));
  return [...viewer.grants, ...unscopedGrants(ungranted)];
}

export function readsReportRows(viewer: Viewer): boolean {
  return grantsOf(viewer).some((grant) => ROW_LEVEL_ROLES.includes(grant.role));
}

/** May the viewer see this report? Whoever may not is told it does not exist. */
export function mayReadReport(viewer: Viewer, report: ReportScope): boolean {
  const grants = grantsOf(viewer).filter(
    (grant) =>
      ROW_LEVEL_ROLES.includes(grant.role) && (report.status !== 'DRAFT' || DRAFT_READER_ROLES.includes(grant.role)),
  );
  if (grants.length === 0) return false;
  const caller = { organisationId: viewer.organisationId, roles: distinctRoles(grants), grants };
  return authorize(caller, 'read', reportResource(report)).allowed;
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * {@link mayReadReport} as a WHERE condition on `activity_report` under `alias`, for lists; null
 * when the viewer sees no report at all. Integration tests check the two agree.
 */
export function visibleReportsCondition(viewer: Viewer, alias: string): SqlCondition | null {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  grantsOf(viewer).forEach((grant, index) => {
    switch (grant.role) {
      case 'PLATFORM_ADMIN':
        clauses.push('TRUE');
        break;
      case 'PARTNER_REPORTER':
      case 'PARTNER_ADMIN':
        if (viewer.organisationId) {
          clauses.push(`${alias}.reporting_organisation_id = :viewerOrganisation`);
          params.viewerOrganisation = viewer.organisationId;
        }
        break;
      case 'SECTOR_COORDINATOR':
        if (grant.sector) {
          const region = grant.region ? ` AND ${alias}.department_pcode = :grantRegion${index}` : '';
          clauses.push(`(${alias}.status <> 'DRAFT' AND ${alias}.sector = :grantSector${index}${region})`);
          params[`grantSector${index}`] = grant.sector;
          if (grant.region) params[`grantRegion${index}`] = departmentOf(grant.region);
        }
        break;
      default:
        break;
    }
  });
  return clauses.length === 0 ? null : { sql: `(${clauses.join(' OR ')})`, params };
}
