import type { BreakdownCounts, BreakdownDimension } from '../breakdowns/breakdown-dimension';
import type { LocalizedText } from '../localized-text';

/**
 * The sex and age cells every count of people is split into. Girls and boys are under 18.
 * `UNKNOWN` holds people whose sex or age was not recorded; it is never dropped, so shares add up to 100%.
 */
export const SEX_AGE_CELLS = ['GIRLS', 'BOYS', 'WOMEN', 'MEN', 'UNKNOWN'] as const;

export type SexAgeCell = (typeof SEX_AGE_CELLS)[number];

/** Age from which a person counts as a woman or man rather than a girl or boy. */
export const ADULT_AGE = 18;

export const SEX_AGE_CELL_LABELS: Readonly<Record<SexAgeCell, LocalizedText>> = {
  GIRLS: { es: 'Niñas (menores de 18 años)', en: 'Girls (under 18)' },
  BOYS: { es: 'Niños (menores de 18 años)', en: 'Boys (under 18)' },
  WOMEN: { es: 'Mujeres (18 años o más)', en: 'Women (18 and over)' },
  MEN: { es: 'Hombres (18 años o más)', en: 'Men (18 and over)' },
  UNKNOWN: { es: 'Sexo o edad sin dato', en: 'Sex or age unknown' },
};

export const SEX_AGE_CELL_FIELDS = {
  GIRLS: 'girls',
  BOYS: 'boys',
  WOMEN: 'women',
  MEN: 'men',
  UNKNOWN: 'unknown',
} as const satisfies Record<SexAgeCell, string>;

export type SexAgeCellField = (typeof SEX_AGE_CELL_FIELDS)[SexAgeCell];

/** A count of people by sex and age: `{ girls, boys, women, men, unknown }`. */
export type SexAgeCells = BreakdownCounts<SexAgeCellField>;

export const SEX_AGE_DIMENSION: BreakdownDimension<SexAgeCell, SexAgeCellField> = {
  key: 'cells',
  categories: SEX_AGE_CELLS,
  fields: SEX_AGE_CELL_FIELDS,
  labels: SEX_AGE_CELL_LABELS,
};
