import type { LocalizedText } from '../localized-text';

/** What an activity's quantity counts. Only `PEOPLE` counts people, so only it is disaggregated by sex and age. */
export const UNITS = ['PEOPLE', 'HOUSEHOLDS', 'ITEMS', 'CASH_TRANSFERS', 'SESSIONS'] as const;

export type Unit = (typeof UNITS)[number];

export const UNIT_LABELS: Readonly<Record<Unit, LocalizedText>> = {
  PEOPLE: { es: 'Personas', en: 'People' },
  HOUSEHOLDS: { es: 'Hogares', en: 'Households' },
  ITEMS: { es: 'Artículos', en: 'Items' },
  CASH_TRANSFERS: { es: 'Transferencias monetarias', en: 'Cash transfers' },
  SESSIONS: { es: 'Sesiones', en: 'Sessions' },
};
