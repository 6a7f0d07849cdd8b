import type { LocalizedText } from '../localized-text';

/** How an activity delivers assistance. */
export const MODALITIES = ['IN_KIND', 'CASH_VOUCHER', 'SERVICE', 'CAPACITY_BUILDING'] as const;

export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Readonly<Record<Modality, LocalizedText>> = {
  IN_KIND: { es: 'En especie', en: 'In kind' },
  CASH_VOUCHER: { es: 'Efectivo o cupones', en: 'Cash or voucher' },
  SERVICE: { es: 'Servicio', en: 'Service' },
  CAPACITY_BUILDING: { es: 'Fortalecimiento de capacidades', en: 'Capacity building' },
};
