import type { EntityManager } from 'typeorm';
import { OrganisationReplicaEntity } from '../../organisation-replica/organisation-replica.entity';
import { ReportErrors } from '../report.errors';
import type { ReportDraft } from './report-draft';

/**
 * Every organisation a report names must be known to this service (from the directory's events)
 * and active: a merged duplicate is refused so figures land on the surviving record.
 */
export async function assertActiveOrganisations(manager: EntityManager, draft: ReportDraft): Promise<void> {
  const named = [
    { id: draft.reportingOrganisationId, field: 'input.reportingOrganisationId' },
    { id: draft.implementingOrganisationId, field: 'input.implementingOrganisationId' },
    { id: draft.fundingOrganisationId, field: 'input.fundingOrganisationId' },
  ].filter((entry): entry is { id: string; field: string } => entry.id !== null);
  const rows = await manager.find(OrganisationReplicaEntity, {
    select: { id: true, status: true },
    where: named.map(({ id }) => ({ id })),
  });
  const statusOf = new Map(rows.map((row) => [row.id, row.status]));
  for (const { id, field } of named) {
    const status = statusOf.get(id);
    if (status !== 'ACTIVE') throw ReportErrors.unknownOrganisation(id, field, status === 'MERGED');
  }
}
