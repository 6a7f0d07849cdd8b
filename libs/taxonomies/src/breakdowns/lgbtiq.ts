import type { LocalizedText } from '../localized-text';
import type { BreakdownDimension } from './breakdown-dimension';

export const LGBTIQ_STATUSES = ['LGBTIQ', 'NOT_LGBTIQ', 'UNKNOWN'] as const;

export type LgbtiqStatus = (typeof LGBTIQ_STATUSES)[number];

// Nobody has to disclose this, so "unknown" also covers people who were not asked or chose not to say.
export const LGBTIQ_STATUS_LABELS: Readonly<Record<LgbtiqStatus, LocalizedText>> = {
  LGBTIQ: { es: 'LGBTIQ+', en: 'LGBTIQ+' },
  NOT_LGBTIQ: { es: 'No LGBTIQ+', en: 'Not LGBTIQ+' },
  UNKNOWN: { es: 'Sin dato o prefiere no decirlo', en: 'Unknown or prefers not to say' },
};

export const LGBTIQ_FIELDS = {
  LGBTIQ: 'lgbtiq',
  NOT_LGBTIQ: 'notLgbtiq',
  UNKNOWN: 'unknown',
} as const satisfies Record<LgbtiqStatus, string>;

export type LgbtiqField = (typeof LGBTIQ_FIELDS)[LgbtiqStatus];

export const LGBTIQ_DIMENSION: BreakdownDimension<LgbtiqStatus, LgbtiqField> = {
  key: 'lgbtiq',
  categories: LGBTIQ_STATUSES,
  fields: LGBTIQ_FIELDS,
  labels: LGBTIQ_STATUS_LABELS,
};
