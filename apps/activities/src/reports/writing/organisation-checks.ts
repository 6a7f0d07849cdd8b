import { ReportErrors } from '../report.errors';
import type { ReportDraft } from './report-draft';
import type { ReportReferences } from './report-references';

/**
 * Every organisation a report names must be known to this service (from the directory's events)
 * and active: a merged duplicate is refused so figures land on the surviving record.
 */
export async function assertActiveOrganisations(references: ReportReferences, draft: ReportDraft): Promise<void> {
  const named = [
    { id: draft.reportingOrganisationId, field: 'input.reportingOrganisationId' },
    { id: draft.implementingOrganisationId, field: 'input.implementingOrganisationId' },
    { id: draft.fundingOrganisationId, field: 'input.fundingOrganisationId' },
  ].filter((entry): entry is { id: string; field: string } => entry.id !== null);
  const statusOf = await references.organisationStatuses([...new Set(named.map(({ id }) => id))]);
  for (const { id, field } of named) {
    const status = statusOf.get(id);
    if (status !== 'ACTIVE') throw ReportErrors.unknownOrganisation(id, field, status === 'MERGED');
  }
}
