import type { TableField } from '@coordination/tabular';

/**
 * The columns of a 5W file, read by the importer and written by the export (through
 * `writeColumnsFor`), so an export re-imports as it is. HXL tags come first (the humanitarian
 * exchange language HDX uses), then the headers of the Spanish and English templates. Places come as
 * codes (P-code, INEI or RENIEC) or as names within their parent; the most specific one given wins.
 */
export const ACTIVITY_TABLE_FIELDS = [
  field(
    'reportingOrganisation',
    ['#org+reporting'],
    ['Organización que reporta', 'Socio', 'Organización'],
    ['Reporting organisation', 'Reporting organization', 'Partner'],
  ),
  field(
    'implementingOrganisation',
    ['#org+impl'],
    ['Organización implementadora', 'Socio implementador'],
    ['Implementing organisation', 'Implementing organization', 'Implementing partner'],
  ),
  field(
    'fundingOrganisation',
    ['#org+funder'],
    ['Donante', 'Organización financiadora'],
    ['Funding organisation', 'Donor'],
  ),
  field('projectCode', ['#activity+project+code'], ['Código de proyecto', 'Proyecto'], ['Project code', 'Project']),
  field('sector', ['#sector+code'], ['Sector'], ['Sector'], true),
  field('subSector', ['#subsector+code'], ['Subsector', 'Sub-sector'], ['Sub-sector', 'Subsector']),
  field(
    'indicatorCode',
    ['#indicator+code'],
    ['Código de indicador', 'Indicador'],
    ['Indicator code', 'Indicator'],
    true,
  ),
  field(
    'adm1Code',
    ['#adm1+code'],
    ['Código de departamento', 'Ubigeo departamento'],
    ['Department code', 'Admin 1 P-code'],
  ),
  field('adm1Name', ['#adm1+name'], ['Departamento', 'Región'], ['Department', 'Admin 1']),
  field('adm2Code', ['#adm2+code'], ['Código de provincia', 'Ubigeo provincia'], ['Province code', 'Admin 2 P-code']),
  field('adm2Name', ['#adm2+name'], ['Provincia'], ['Province', 'Admin 2']),
  field(
    'adm3Code',
    ['#adm3+code'],
    ['Código de distrito', 'Ubigeo', 'Ubigeo INEI'],
    ['District code', 'Admin 3 P-code'],
  ),
  field('adm3Name', ['#adm3+name'], ['Distrito'], ['District', 'Admin 3']),
  field('reniecCode', ['#adm3+code+reniec'], ['Ubigeo RENIEC'], ['RENIEC code']),
  field('siteName', ['#loc+name'], ['Sitio', 'Lugar', 'Establecimiento'], ['Site', 'Location']),
  field('month', ['#date+month'], ['Mes', 'Mes de reporte'], ['Month', 'Reporting month'], true),
  field('populationGroup', ['#population+type'], ['Grupo poblacional', 'Población'], ['Population group'], true),
  field('modality', ['#modality'], ['Modalidad'], ['Modality'], true),
  field('quantity', ['#output+value'], ['Cantidad', 'Valor'], ['Quantity', 'Value'], true),
  field('girls', ['#reached+children+f'], ['Niñas'], ['Girls']),
  field('boys', ['#reached+children+m'], ['Niños'], ['Boys']),
  field('women', ['#reached+adults+f'], ['Mujeres'], ['Women']),
  field('men', ['#reached+adults+m'], ['Hombres'], ['Men']),
  field(
    'sexAgeUnknown',
    ['#reached+unknown'],
    ['Sexo o edad desconocidos', 'Desconocido'],
    ['Sex or age unknown', 'Unknown'],
  ),
  field(
    'newBeneficiaries',
    ['#reached+new'],
    ['Nuevos beneficiarios', 'Personas nuevas'],
    ['New beneficiaries', 'New people'],
  ),
  field('withDisability', ['#reached+disabled'], ['Con discapacidad'], ['With disability']),
  field('withoutDisability', ['#reached+notdisabled'], ['Sin discapacidad'], ['Without disability']),
  field('disabilityUnknown', ['#reached+disabilityunknown'], ['Discapacidad desconocida'], ['Disability unknown']),
  field('venezuelan', ['#reached+ven'], ['Venezolanos'], ['Venezuelan']),
  field('colombian', ['#reached+col'], ['Colombianos'], ['Colombian']),
  field('peruvian', ['#reached+per'], ['Peruanos'], ['Peruvian']),
  field('otherNationality', ['#reached+othernationality'], ['Otra nacionalidad'], ['Other nationality']),
  field('nationalityUnknown', ['#reached+nationalityunknown'], ['Nacionalidad desconocida'], ['Nationality unknown']),
] as const satisfies readonly TableField[];

export type ActivityTableFieldName = (typeof ACTIVITY_TABLE_FIELDS)[number]['name'];

function field<const Name extends string>(
  name: Name,
  hxlTags: readonly string[],
  es: readonly string[],
  en: readonly string[],
  required = false,
) {
  return { name, required, hxlTags, headers: { es, en } };
}
