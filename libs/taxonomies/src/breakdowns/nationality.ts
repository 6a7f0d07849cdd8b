import type { LocalizedText } from '../localized-text';
import type { BreakdownDimension } from './breakdown-dimension';

/** ISO 3166-1 alpha-3 for the nationalities the response reports on, then the rest and not known. */
export const NATIONALITIES = ['VEN', 'COL', 'PER', 'OTHER', 'UNKNOWN'] as const;

export type Nationality = (typeof NATIONALITIES)[number];

export const NATIONALITY_LABELS: Readonly<Record<Nationality, LocalizedText>> = {
  VEN: { es: 'Venezolana', en: 'Venezuelan' },
  COL: { es: 'Colombiana', en: 'Colombian' },
  PER: { es: 'Peruana', en: 'Peruvian' },
  OTHER: { es: 'Otra', en: 'Other' },
  UNKNOWN: { es: 'Sin dato', en: 'Unknown' },
};

export const NATIONALITY_FIELDS = {
  VEN: 'ven',
  COL: 'col',
  PER: 'per',
  OTHER: 'other',
  UNKNOWN: 'unknown',
} as const satisfies Record<Nationality, string>;

export type NationalityField = (typeof NATIONALITY_FIELDS)[Nationality];

export const NATIONALITY_DIMENSION: BreakdownDimension<Nationality, NationalityField> = {
  key: 'nationality',
  categories: NATIONALITIES,
  fields: NATIONALITY_FIELDS,
  labels: NATIONALITY_LABELS,
};
