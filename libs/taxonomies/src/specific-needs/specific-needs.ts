import type { LocalizedText } from '../localized-text';

/** Specific needs a referral can flag, so the receiving partner can prioritise and adapt its service. */
export const SPECIFIC_NEEDS = [
  'UASC',
  'GBV_SURVIVOR',
  'TRAFFICKING_SMUGGLING_VICTIM',
  'LGBTIQ',
  'DISABILITY',
  'OLDER_PERSON',
  'PREGNANT_LACTATING',
] as const;

export type SpecificNeed = (typeof SPECIFIC_NEEDS)[number];

export const SPECIFIC_NEED_LABELS: Readonly<Record<SpecificNeed, LocalizedText>> = {
  UASC: {
    es: 'Niña, niño o adolescente no acompañado o separado',
    en: 'Unaccompanied or separated child',
  },
  GBV_SURVIVOR: { es: 'Sobreviviente de violencia basada en género', en: 'Gender-based violence survivor' },
  TRAFFICKING_SMUGGLING_VICTIM: {
    es: 'Víctima de trata o tráfico de personas',
    en: 'Victim of trafficking or smuggling',
  },
  LGBTIQ: { es: 'Persona LGBTIQ+', en: 'LGBTIQ+ person' },
  DISABILITY: { es: 'Persona con discapacidad', en: 'Person with a disability' },
  OLDER_PERSON: { es: 'Persona adulta mayor', en: 'Older person' },
  PREGNANT_LACTATING: { es: 'Gestante o lactante', en: 'Pregnant or lactating' },
};
