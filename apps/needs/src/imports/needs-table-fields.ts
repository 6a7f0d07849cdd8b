import type { TableField } from '@coordination/tabular';

/**
 * The columns of a people-in-need file: one row per sector x department or province x population
 * group, with the sex and age cells, and optionally the affected and baseline populations and the
 * severity phase of the place and group. HXL tags first (as HDX's humanitarian-needs tables use them),
 * then the Spanish and English headers. A row may also carry a severity phase alone (no sector).
 */
export const NEEDS_TABLE_FIELDS = [
  field('sector', ['#sector+code', '#sector'], ['Sector'], ['Sector']),
  field('adm1Code', ['#adm1+code'], ['Código de departamento', 'Ubigeo departamento'], ['Department code']),
  field('adm2Code', ['#adm2+code'], ['Código de provincia', 'Ubigeo provincia'], ['Province code']),
  field('populationGroup', ['#population+type'], ['Grupo poblacional', 'Población'], ['Population group'], true),
  field('peopleInNeed', ['#inneed'], ['Personas en necesidad', 'PiN'], ['People in need', 'PiN']),
  field('girls', ['#inneed+f+children'], ['Niñas'], ['Girls']),
  field('boys', ['#inneed+m+children'], ['Niños'], ['Boys']),
  field('women', ['#inneed+f+adults'], ['Mujeres'], ['Women']),
  field('men', ['#inneed+m+adults'], ['Hombres'], ['Men']),
  field('unknown', ['#inneed+unknown'], ['Sexo o edad desconocidos', 'Desconocido'], ['Sex or age unknown', 'Unknown']),
  field('affected', ['#affected'], ['Población afectada', 'Afectados'], ['Affected population', 'Affected']),
  field('population', ['#population'], ['Población de referencia'], ['Baseline population', 'Population']),
  field('severity', ['#severity'], ['Severidad', 'Fase de severidad'], ['Severity', 'Severity phase']),
] as const satisfies readonly TableField[];

export type NeedsTableFieldName = (typeof NEEDS_TABLE_FIELDS)[number]['name'];

function field<const Name extends string>(
  name: Name,
  hxlTags: readonly string[],
  es: readonly string[],
  en: readonly string[],
  required = false,
) {
  return { name, required, hxlTags, headers: { es, en } };
}
