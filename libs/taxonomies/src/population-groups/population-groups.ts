import type { LocalizedText } from '../localized-text';

/** The population groups every figure of people in need, targeted or reached is split by. */
export const POPULATION_GROUPS = ['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR', 'HOST_COMMUNITY', 'RETURNEES'] as const;

export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

export const POPULATION_GROUP_LABELS: Readonly<Record<PopulationGroup, LocalizedText>> = {
  IN_DESTINATION: { es: 'En destino', en: 'In destination' },
  IN_TRANSIT: { es: 'En tránsito', en: 'In transit' },
  PENDULAR: { es: 'Pendulares', en: 'Pendular' },
  HOST_COMMUNITY: { es: 'Comunidad de acogida', en: 'Host community' },
  RETURNEES: { es: 'Personas retornadas', en: 'Returnees' },
};

export const POPULATION_GROUP_DESCRIPTIONS: Readonly<Record<PopulationGroup, LocalizedText>> = {
  IN_DESTINATION: {
    es: 'Refugiados y migrantes que viven en el Perú o tienen intención de quedarse.',
    en: 'Refugees and migrants who live in Peru or intend to stay.',
  },
  IN_TRANSIT: {
    es: 'Refugiados y migrantes que atraviesan el Perú camino a otro país.',
    en: 'Refugees and migrants crossing Peru on their way to another country.',
  },
  PENDULAR: {
    es: 'Refugiados y migrantes que cruzan la frontera de ida y vuelta de forma habitual, sin establecerse.',
    en: 'Refugees and migrants who cross the border back and forth regularly without settling.',
  },
  HOST_COMMUNITY: {
    es: 'Población peruana de las zonas que acogen a refugiados y migrantes.',
    en: 'Peruvians living in the areas that host refugees and migrants.',
  },
  RETURNEES: {
    es: 'Peruanas y peruanos que regresan al país tras haber vivido en el extranjero.',
    en: 'Peruvians coming back to the country after living abroad.',
  },
};
