import type { EntityManager } from 'typeorm';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import type { IndicatorCatalogue } from '../../indicators/indicator-catalogue';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';

export type ReplicaStatus = OrganisationReplicaEntity['status'];

/**
 * The reference data the report checks look up. A single create reads it from the database each
 * time; an import of thousands of rows naming the same few indicators and partners remembers what
 * it read ({@link rememberingReferences}), so the checks stay the same and the round trips do not.
 */
export interface ReportReferences {
  indicator(planYear: number, code: string): Promise<IndicatorEntity | null>;
  organisationStatuses(ids: readonly string[]): Promise<Map<string, ReplicaStatus>>;
}

export function databaseReferences(manager: EntityManager, catalogue: IndicatorCatalogue): ReportReferences {
  return {
    indicator: (planYear, code) => catalogue.find(planYear, code, manager),
    organisationStatuses: async (ids) => {
      if (ids.length === 0) return new Map();
      const rows = await manager.find(OrganisationReplicaEntity, {
        select: { id: true, status: true },
        where: ids.map((id) => ({ id })),
      });
      return new Map(rows.map((row) => [row.id, row.status]));
    },
  };
}

/** Answers each question once for the life of the object (one import job's transaction). */
export function rememberingReferences(source: ReportReferences): ReportReferences {
  const indicators = new Map<string, Promise<IndicatorEntity | null>>();
  const statuses = new Map<string, ReplicaStatus | undefined>();
  return {
    indicator: (planYear, code) => {
      const key = `${planYear}:${code}`;
      let found = indicators.get(key);
      if (!found) indicators.set(key, (found = source.indicator(planYear, code)));
      return found;
    },
    organisationStatuses: async (ids) => {
      const missing = ids.filter((id) => !statuses.has(id));
      if (missing.length > 0) {
        const read = await source.organisationStatuses(missing);
        for (const id of missing) statuses.set(id, read.get(id));
      }
      const known = ids.flatMap((id) => {
        const status = statuses.get(id);
        return status ? [[id, status] as const] : [];
      });
      return new Map(known);
    },
  };
}
