import type { LocalizedText } from '../localized-text';
import type { BreakdownDimension } from './breakdown-dimension';

export const DISABILITY_STATUSES = ['WITH_DISABILITY', 'WITHOUT_DISABILITY', 'UNKNOWN'] as const;

export type DisabilityStatus = (typeof DISABILITY_STATUSES)[number];

export const DISABILITY_STATUS_LABELS: Readonly<Record<DisabilityStatus, LocalizedText>> = {
  WITH_DISABILITY: { es: 'Con discapacidad', en: 'With disability' },
  WITHOUT_DISABILITY: { es: 'Sin discapacidad', en: 'Without disability' },
  UNKNOWN: { es: 'Sin dato', en: 'Unknown' },
};

export const DISABILITY_FIELDS = {
  WITH_DISABILITY: 'withDisability',
  WITHOUT_DISABILITY: 'withoutDisability',
  UNKNOWN: 'unknown',
} as const satisfies Record<DisabilityStatus, string>;

export type DisabilityField = (typeof DISABILITY_FIELDS)[DisabilityStatus];

export const DISABILITY_DIMENSION: BreakdownDimension<DisabilityStatus, DisabilityField> = {
  key: 'disability',
  categories: DISABILITY_STATUSES,
  fields: DISABILITY_FIELDS,
  labels: DISABILITY_STATUS_LABELS,
};
