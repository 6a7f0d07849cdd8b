import { registerEnumType } from '@nestjs/graphql';
import { ASSESSMENT_STATUSES, ASSESSMENT_TYPES, type PlaceLevel } from '@coordination/contracts';
import { POPULATION_GROUPS } from '@coordination/taxonomies';

/** A GraphQL enum object whose values are the codes themselves, built from a list of codes. */
function enumOf<const T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
}

// Built from the taxonomies and contracts, so the API cannot drift from them. PopulationGroup and
// PlaceLevel are also declared by the activities subgraph: the gateway merges enums of one name,
// so their values must stay identical there and here.
export const PopulationGroupEnum = enumOf(POPULATION_GROUPS);
registerEnumType(PopulationGroupEnum, { name: 'PopulationGroup' });

export const PlaceLevelEnum = {
  DEPARTMENT: 'department',
  PROVINCE: 'province',
  DISTRICT: 'district',
} as const satisfies Record<string, PlaceLevel>;
registerEnumType(PlaceLevelEnum, { name: 'PlaceLevel' });

export const AssessmentTypeEnum = enumOf(ASSESSMENT_TYPES);
registerEnumType(AssessmentTypeEnum, { name: 'AssessmentType' });

export const AssessmentStatusEnum = enumOf(ASSESSMENT_STATUSES);
registerEnumType(AssessmentStatusEnum, {
  name: 'AssessmentStatus',
  description: 'PLANNED -> ONGOING -> PUBLISHED (with its source document).',
});
