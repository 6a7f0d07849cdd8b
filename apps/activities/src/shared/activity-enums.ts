import { registerEnumType } from '@nestjs/graphql';
import { AGGREGATION_METHODS, REPORT_STATUSES, type PlaceLevel } from '@coordination/contracts';
import { MODALITIES, POPULATION_GROUPS, UNITS } from '@coordination/taxonomies';

/** A GraphQL enum object whose values are the codes themselves, built from a list of codes. */
function enumOf<const T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
}

// Built from the same lists as the taxonomies and contracts, so the API cannot drift from them.
export const ReportStatusEnum = enumOf(REPORT_STATUSES);
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'DRAFT -> SUBMITTED -> APPROVED, or RETURNED by the coordinator for a fix and a new submission.',
});

export const PopulationGroupEnum = enumOf(POPULATION_GROUPS);
registerEnumType(PopulationGroupEnum, { name: 'PopulationGroup' });

export const ModalityEnum = enumOf(MODALITIES);
registerEnumType(ModalityEnum, { name: 'Modality', description: 'How an activity delivers assistance.' });

export const ActivityUnitEnum = enumOf(UNITS);
registerEnumType(ActivityUnitEnum, { name: 'ActivityUnit', description: 'What an indicator’s quantity counts.' });

export const AggregationMethodEnum = enumOf(AGGREGATION_METHODS);
registerEnumType(AggregationMethodEnum, {
  name: 'AggregationMethod',
  description:
    'How monthly values make the figure of the year: SUM of quantities, AVERAGE of monthly totals, COUNT of ' +
    'reports, LAST_VALUE (latest month), UNIQUE_CUMULATIVE (sum of new beneficiaries: unique people).',
});

/** GraphQL names the levels in capitals; the platform (geo, events) spells them in lower case. */
export const PlaceLevelEnum = {
  DEPARTMENT: 'department',
  PROVINCE: 'province',
  DISTRICT: 'district',
} as const satisfies Record<string, PlaceLevel>;
registerEnumType(PlaceLevelEnum, { name: 'PlaceLevel' });
