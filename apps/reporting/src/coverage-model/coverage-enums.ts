import { registerEnumType } from '@nestjs/graphql';
import { POPULATION_GROUPS } from '@coordination/taxonomies';
import { COVERAGE_LEVELS } from './coverage-query';

function enumOf<const T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((code) => [code, code])) as { [K in T]: K };
}

// PopulationGroup is also declared by the activities and needs subgraphs: the gateway merges enums of
// one name, so it is built from the same taxonomy list and stays identical.
export const PopulationGroupEnum = enumOf(POPULATION_GROUPS);
registerEnumType(PopulationGroupEnum, { name: 'PopulationGroup' });

export const CoverageLevelEnum = enumOf(COVERAGE_LEVELS);
registerEnumType(CoverageLevelEnum, {
  name: 'CoverageLevel',
  description: 'The places rows are reported at: the whole country, departments, provinces or districts.',
});
