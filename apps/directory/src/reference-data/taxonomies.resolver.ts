import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import {
  FIRST_RESPONSE_HOURS,
  MODALITIES,
  MODALITY_LABELS,
  POPULATION_GROUPS,
  POPULATION_GROUP_LABELS,
  REFERRAL_PRIORITIES,
  REFERRAL_PRIORITY_LABELS,
  SECTOR_TAXONOMY,
  SEX_AGE_CELLS,
  SEX_AGE_CELL_LABELS,
  SPECIFIC_NEEDS,
  SPECIFIC_NEED_LABELS,
  UNITS,
  UNIT_LABELS,
  type LocalizedText,
} from '@coordination/taxonomies';
import { invalidInput } from '@coordination/graphql';
import { ReferralPriorityModel, SectorModel, TaxonomyTermModel } from './reference-data.models';

function terms<TCode extends string>(codes: readonly TCode[], labels: Readonly<Record<TCode, LocalizedText>>) {
  return codes.map((code) => ({ code, labels: { ...labels[code] } }));
}

/** The shared reference lists (libs/taxonomies), public like the geography. */
@Resolver()
export class TaxonomiesResolver {
  @Query(() => [Int], { description: 'Plan years with a published sector list.' })
  planYears(): number[] {
    return [...SECTOR_TAXONOMY.planYears()];
  }

  @Query(() => [SectorModel])
  sectors(@Args('planYear', { type: () => Int }) planYear: number): SectorModel[] {
    if (!SECTOR_TAXONOMY.planYears().includes(planYear)) {
      throw invalidInput([{ field: 'planYear', message: `no sector list for ${planYear}` }]);
    }
    return SECTOR_TAXONOMY.sectorsFor(planYear).map((sector) => ({
      code: sector.code,
      names: { ...sector.names },
      crossSector: sector.crossSector,
      subSectors: sector.subSectors.map((subSector) => ({ code: subSector.code, names: { ...subSector.names } })),
    }));
  }

  @Query(() => [TaxonomyTermModel])
  populationGroups(): TaxonomyTermModel[] {
    return terms(POPULATION_GROUPS, POPULATION_GROUP_LABELS);
  }

  @Query(() => [TaxonomyTermModel], { description: 'Girls, boys, women, men and an explicit unknown.' })
  sexAgeCells(): TaxonomyTermModel[] {
    return terms(SEX_AGE_CELLS, SEX_AGE_CELL_LABELS);
  }

  @Query(() => [TaxonomyTermModel])
  specificNeeds(): TaxonomyTermModel[] {
    return terms(SPECIFIC_NEEDS, SPECIFIC_NEED_LABELS);
  }

  @Query(() => [ReferralPriorityModel])
  referralPriorities(): ReferralPriorityModel[] {
    return terms(REFERRAL_PRIORITIES, REFERRAL_PRIORITY_LABELS).map((term) => ({
      ...term,
      firstResponseHours: FIRST_RESPONSE_HOURS[term.code],
    }));
  }

  @Query(() => [TaxonomyTermModel])
  activityModalities(): TaxonomyTermModel[] {
    return terms(MODALITIES, MODALITY_LABELS);
  }

  @Query(() => [TaxonomyTermModel])
  activityUnits(): TaxonomyTermModel[] {
    return terms(UNITS, UNIT_LABELS);
  }
}
