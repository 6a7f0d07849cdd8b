/**
 * The indicator catalogue as first published, for plan years 2025 and 2026 (the two years of the
 * 2025-2026 response plan, with the same sectors). Frozen with the migration that inserts it: a later
 * change to the catalogue is a new migration, so every database holds the same history.
 */
export interface SeedIndicator {
  code: string;
  sector: string;
  subSector: string | null;
  unit: string;
  aggregation: string;
  countsPeople: boolean;
  requiresSexAge: boolean;
  modalities: string[];
  es: string;
  en: string;
}

export const SEED_PLAN_YEARS = [2025, 2026];

// code | sector | sub-sector (- for none) | unit | aggregation | split by sex and age | modalities | Spanish | English
// Only PEOPLE counts people. PRO-02 (information campaigns) rarely knows who it reached: a monthly
// total, not split by sex and age.
const TABLE = `
EDU-01 | EDU | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de niñas, niños y adolescentes refugiados y migrantes matriculados en educación formal | Number of refugee and migrant children and adolescents enrolled in formal education
EDU-02 | EDU | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND CASH_VOUCHER | Número de niñas, niños y adolescentes que reciben útiles o kits escolares | Number of children and adolescents receiving school supplies or kits
EDU-03 | EDU | - | PEOPLE | UNIQUE_CUMULATIVE | yes | CAPACITY_BUILDING | Número de docentes y personal educativo capacitados | Number of teachers and education personnel trained
FSC-01 | FSC | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND | Número de personas que reciben asistencia alimentaria en especie | Number of people receiving food assistance (in kind)
FSC-02 | FSC | - | PEOPLE | UNIQUE_CUMULATIVE | yes | CASH_VOUCHER | Número de personas que reciben asistencia alimentaria mediante efectivo o cupones | Number of people receiving food assistance through cash or vouchers
FSC-03 | FSC | - | ITEMS | SUM | no | IN_KIND | Número de raciones servidas en comedores y ollas comunes | Number of meals served in community kitchens
HEA-01 | HEA | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de personas que reciben consultas de atención primaria de salud | Number of people receiving primary health care consultations
HEA-02 | HEA | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de personas que reciben atención en salud mental y apoyo psicosocial | Number of people receiving mental health and psychosocial support
HEA-03 | HEA | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de personas apoyadas para afiliarse al Seguro Integral de Salud (SIS) | Number of people supported to enrol in public health insurance (SIS)
HEA-04 | HEA | - | ITEMS | COUNT | no | IN_KIND SERVICE | Número de establecimientos de salud apoyados con insumos o personal (un reporte por establecimiento) | Number of health facilities supported with supplies or staff (one report per facility)
HTR-01 | HTR | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE CASH_VOUCHER | Número de personas que reciben transporte humanitario | Number of people receiving humanitarian transportation
HTR-02 | HTR | - | ITEMS | SUM | no | IN_KIND CASH_VOUCHER | Número de pasajes entregados | Number of transport tickets provided
INT-01 | INT | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE CAPACITY_BUILDING | Número de personas que reciben apoyo para la inserción laboral o la empleabilidad | Number of people receiving job placement or employability support
INT-02 | INT | - | PEOPLE | UNIQUE_CUMULATIVE | yes | CASH_VOUCHER IN_KIND | Número de personas que reciben capital semilla para emprendimientos | Number of people receiving seed capital for a business
INT-03 | INT | - | SESSIONS | SUM | no | SERVICE | Número de actividades de cohesión social realizadas | Number of social cohesion activities held
NUT-01 | NUT | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de niñas y niños menores de 5 años evaluados por desnutrición aguda | Number of children under 5 screened for acute malnutrition
NUT-02 | NUT | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE CAPACITY_BUILDING | Número de gestantes y lactantes que reciben consejería nutricional | Number of pregnant and lactating women receiving nutrition counselling
NUT-03 | NUT | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND | Número de niñas y niños de 6 a 59 meses que reciben suplementos de micronutrientes | Number of children aged 6-59 months receiving micronutrient supplements
PRO-01 | PRO | - | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de personas que reciben orientación y asistencia legal | Number of people receiving legal orientation and assistance
PRO-02 | PRO | - | PEOPLE | SUM | no | SERVICE CAPACITY_BUILDING | Número de personas alcanzadas con información sobre derechos y acceso a servicios | Number of people reached with information on rights and access to services
PRO-CP-01 | PRO | CP | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de niñas, niños y adolescentes que reciben gestión de casos de protección | Number of children receiving child protection case management
PRO-CP-02 | PRO | - | ITEMS | LAST_VALUE | no | SERVICE | Número de espacios amigables para la niñez en funcionamiento | Number of child-friendly spaces operating
PRO-GBV-01 | PRO | GBV | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de sobrevivientes de violencia basada en género que reciben gestión de casos | Number of GBV survivors receiving case management
PRO-GBV-02 | PRO | GBV | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE CAPACITY_BUILDING | Número de personas alcanzadas por actividades de prevención y mitigación de riesgos de VBG | Number of people reached by GBV prevention and risk mitigation activities
PRO-HTS-01 | PRO | HTS | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE CASH_VOUCHER | Número de víctimas de trata o tráfico de personas que reciben asistencia | Number of victims of trafficking or smuggling receiving assistance
PRO-REG-01 | PRO | REG | PEOPLE | UNIQUE_CUMULATIVE | yes | SERVICE | Número de personas apoyadas en trámites de regularización migratoria | Number of people supported with regularisation procedures
SHE-01 | SHE | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND SERVICE | Número de personas que reciben alojamiento temporal colectivo | Number of people receiving temporary collective shelter
SHE-02 | SHE | - | PEOPLE | UNIQUE_CUMULATIVE | yes | CASH_VOUCHER | Número de personas que reciben apoyo para el pago de alquiler | Number of people receiving rental support
SHE-03 | SHE | - | HOUSEHOLDS | SUM | no | IN_KIND CASH_VOUCHER | Número de hogares que reciben kits de artículos no alimentarios | Number of households receiving non-food item kits
WSH-01 | WSH | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND SERVICE | Número de personas con acceso a agua segura | Number of people with access to safe drinking water
WSH-02 | WSH | - | PEOPLE | UNIQUE_CUMULATIVE | yes | IN_KIND CASH_VOUCHER | Número de personas que reciben kits de higiene | Number of people receiving hygiene kits
WSH-03 | WSH | - | SESSIONS | SUM | no | CAPACITY_BUILDING | Número de sesiones de promoción de la higiene realizadas | Number of hygiene promotion sessions held
MPC-01 | MPC | - | PEOPLE | UNIQUE_CUMULATIVE | yes | CASH_VOUCHER | Número de personas que reciben transferencias monetarias multipropósito | Number of people receiving multipurpose cash
MPC-02 | MPC | - | CASH_TRANSFERS | SUM | no | CASH_VOUCHER | Número de transferencias monetarias multipropósito realizadas | Number of multipurpose cash transfers made
MPC-03 | MPC | - | HOUSEHOLDS | AVERAGE | no | CASH_VOUCHER | Promedio mensual de hogares asistidos con transferencias multipropósito | Average number of households assisted with multipurpose cash per month
`;

export const SEED_INDICATORS: readonly SeedIndicator[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, sector, subSector, unit, aggregation, sexAge, modalities, es, en] = line.split(' | ');
    return {
      code,
      sector,
      subSector: subSector === '-' ? null : subSector,
      unit,
      aggregation,
      countsPeople: unit === 'PEOPLE',
      requiresSexAge: sexAge === 'yes',
      modalities: modalities.split(' '),
      es,
      en,
    };
  });
