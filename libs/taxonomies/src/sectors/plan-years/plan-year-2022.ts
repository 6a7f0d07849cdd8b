import { definePlanYear } from '../define-plan-year';

// The sectors of the 2022 Refugee and Migrant Response Plan in Peru, the year of the joint needs analysis
// whose people-in-need table DOMAIN.md quotes; needs figures of that year are validated against it.
// Regularisation was counted under Protection that year as well (the table says "incl. regularisation").
export const PLAN_YEAR_2022 = definePlanYear(2022, [
  { code: 'EDU', names: { es: 'Educación', en: 'Education' } },
  { code: 'FSC', names: { es: 'Seguridad alimentaria', en: 'Food security' } },
  { code: 'HEA', names: { es: 'Salud', en: 'Health' } },
  { code: 'HTR', names: { es: 'Transporte humanitario', en: 'Humanitarian transportation' } },
  { code: 'INT', names: { es: 'Integración', en: 'Integration' } },
  { code: 'NUT', names: { es: 'Nutrición', en: 'Nutrition' } },
  {
    code: 'PRO',
    names: { es: 'Protección', en: 'Protection' },
    subSectors: [
      { code: 'CP', names: { es: 'Protección de la niñez', en: 'Child protection' } },
      { code: 'GBV', names: { es: 'Violencia basada en género', en: 'Gender-based violence' } },
      { code: 'HTS', names: { es: 'Trata y tráfico de personas', en: 'Human trafficking and smuggling' } },
      { code: 'REG', names: { es: 'Regularización', en: 'Regularisation' } },
    ],
  },
  { code: 'SHE', names: { es: 'Alojamiento', en: 'Shelter' } },
  { code: 'WSH', names: { es: 'Agua, saneamiento e higiene (WASH)', en: 'Water, sanitation and hygiene (WASH)' } },
  {
    code: 'MPC',
    names: { es: 'Transferencias monetarias multipropósito', en: 'Multipurpose cash' },
    crossSector: true,
  },
]);
