import type { LocalizedText } from '../localized-text';

/**
 * One way of splitting a count of people (sex and age, disability, nationality...).
 * Categories are the codes enums are built from; fields are the keys of a counts object.
 * Every dimension has an `UNKNOWN` category so a breakdown can always add up to its total.
 */
export interface BreakdownDimension<Category extends string, Field extends string> {
  /** Where the breakdown sits in a people count (`cells`, `nationality`...), and the default path of its problems. */
  readonly key: string;
  readonly categories: readonly Category[];
  readonly fields: Readonly<Record<Category, Field>>;
  readonly labels: Readonly<Record<Category, LocalizedText>>;
}

/** A complete breakdown: one count per category. */
export type BreakdownCounts<Field extends string> = Readonly<Record<Field, number>>;

/** A breakdown as received, before checking: counts may be missing or wrong. */
export type BreakdownInput<Field extends string> = Readonly<Partial<Record<Field, number | null>>>;
