import { authorize, hasAnyRole, type Viewer } from '@coordination/auth';

/**
 * What a viewer may see of the coverage figures. Everyone signed in sees aggregates. Partner users also
 * see their own organisation's figures; coordinators and admins see every organisation's detail; and
 * small cells are withheld from those who only read aggregates (government viewers, integrators).
 */
export interface CoverageScope {
  /** The organisation whose own figures the viewer gets next to the aggregates; null for none. */
  ownOrganisationId: string | null;
  /** Whether per-organisation detail (report counts) of any organisation may be shown. */
  seesEveryOrganisation: boolean;
  /** Whether cells under the minimum count are shown. */
  seesSmallCells: boolean;
}

export function coverageScopeOf(viewer: Viewer): CoverageScope {
  const isPartner = hasAnyRole(viewer, ['PARTNER_REPORTER', 'PARTNER_ADMIN']) && viewer.organisationId !== null;
  const seesEveryOrganisation = hasAnyRole(viewer, ['SECTOR_COORDINATOR', 'PLATFORM_ADMIN']);
  const readsAggregatesOnly = !isPartner && !seesEveryOrganisation && authorize(viewer, 'read-aggregate').allowed;
  return {
    ownOrganisationId: isPartner ? viewer.organisationId : null,
    seesEveryOrganisation,
    seesSmallCells: !readsAggregatesOnly,
  };
}
