import { definePlanYear } from '../define-plan-year';

// 2026 is the second year of the two-year 2025-2026 plan and keeps 2025's sectors. Declared in full
// rather than derived from 2025 so that each year reads on its own and editing one never changes the other.
export const PLAN_YEAR_2026 = definePlanYear(2026, [
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
