import type { INestApplicationContext } from '@nestjs/common';
import { In, DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import type { PopulationGroup, SpecificNeed } from '@coordination/taxonomies';
import { demoOrganisationByAcronym } from '../../organisations/demo/demo-organisations';
import { ServiceEntity } from '../entities/service.entity';
import { publishServiceSchema, type PublishServiceCommand } from '../publish-service/publish-service.input';
import { PublishServiceUseCase } from '../publish-service/publish-service.use-case';
import { uuidV5 } from '../shared/derived-id';
import type { PhoneCommand, ScheduleCommand } from '../writing/service-details.schema';
import { DEMO_DISTRICTS, DEMO_HOURS, type DemoDistrictKey } from './demo-service-places';

interface DemoSite {
  district: DemoDistrictKey;
  name: string;
  address: string;
  /** Openings at this site when they differ from the service's. */
  hours?: readonly ScheduleCommand[];
}

export interface DemoService {
  /** Stable key: the service id is derived from it, so loading twice changes nothing. */
  key: string;
  /** Acronym of the offering demo organisation. */
  organisation: string;
  name: string;
  description: string;
  /** `SECTOR` or `SECTOR/SUB_SECTOR`. */
  sectors: string[];
  sites: DemoSite[];
  hours?: readonly ScheduleCommand[];
  languages?: string[];
  populationGroups?: PopulationGroup[];
  specificNeeds?: SpecificNeed[];
  eligibility?: string;
  applicationProcess?: string;
  interpretation?: string;
  minimumAge?: number;
  maximumAge?: number;
  requiredDocuments?: string[];
  phones?: PhoneCommand[];
  url?: string;
}

const ALL_GROUPS: PopulationGroup[] = ['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR', 'HOST_COMMUNITY', 'RETURNEES'];
const MIGRANTS: PopulationGroup[] = ['IN_DESTINATION', 'IN_TRANSIT', 'PENDULAR'];
const AT_THE_BORDER: PopulationGroup[] = ['IN_TRANSIT', 'PENDULAR'];
const LINEA_100: PhoneCommand = { number: '100', type: 'voice', description: 'Línea 100, gratuita, 24 horas.' };

/** Women's emergency centres (CEM) of the Ministry of Women: the usual pathway for GBV survivors. */
function womensEmergencyCentre(key: string, city: string, site: DemoSite, languages: string[] = ['es']): DemoService {
  return {
    key: `mimp-cem-${key}`,
    organisation: 'MIMP',
    name: `Centro Emergencia Mujer ${city}`,
    description:
      'Atención integral y gratuita a víctimas de violencia contra las mujeres y los integrantes del grupo familiar: ' +
      'orientación legal, patrocinio, apoyo psicológico y social, sin importar la nacionalidad ni la situación migratoria.',
    sectors: ['PRO/GBV'],
    sites: [site],
    hours: DEMO_HOURS.officeAndSaturday,
    languages,
    populationGroups: ALL_GROUPS,
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ', 'DISABILITY', 'OLDER_PERSON'],
    applicationProcess: 'Acudir sin cita o llamar a la Línea 100; también recibe derivaciones de socios.',
    phones: [LINEA_100],
    url: 'https://www.gob.pe/mimp',
  };
}

/**
 * A realistic directory for demonstrations: services typical of the response in eight departments,
 * offered by the demo organisations. Descriptions follow how partners describe their services;
 * street addresses are illustrative, district P-codes and coordinates are real.
 */
export const DEMO_SERVICES: readonly DemoService[] = [
  // Tumbes: the northern border with Ecuador, where most people enter the country.
  {
    key: 'acnur-tumbes-legal',
    organisation: 'ACNUR',
    name: 'Orientación legal y protección internacional en la frontera norte',
    description:
      'Información sobre el procedimiento de refugio, la regularización migratoria y los derechos de las personas ' +
      'refugiadas y migrantes que ingresan por el CEBAF de Tumbes; identificación de necesidades de protección.',
    sectors: ['PRO/REG', 'PRO'],
    sites: [{ district: 'aguasVerdes', name: 'Módulo ACNUR en el CEBAF', address: 'Panamericana Norte km 1270' }],
    hours: DEMO_HOURS.border,
    languages: ['es', 'en'],
    populationGroups: AT_THE_BORDER,
    specificNeeds: ['UASC', 'GBV_SURVIVOR', 'TRAFFICKING_SMUGGLING_VICTIM', 'LGBTIQ'],
    url: 'https://www.acnur.org',
  },
  {
    key: 'oim-tumbes-transport',
    organisation: 'OIM',
    name: 'Transporte humanitario desde la frontera norte',
    description:
      'Traslado terrestre gratuito desde Tumbes hacia Lima u otras ciudades para personas en situación de ' +
      'vulnerabilidad que continúan su viaje o se reúnen con su familia.',
    sectors: ['HTR'],
    sites: [{ district: 'tumbes', name: 'Oficina OIM Tumbes', address: 'Av. Tumbes Norte 412' }],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_TRANSIT'],
    specificNeeds: ['OLDER_PERSON', 'DISABILITY', 'PREGNANT_LACTATING', 'UASC'],
    eligibility: 'Personas en tránsito con necesidades específicas, previa evaluación de vulnerabilidad.',
    requiredDocuments: ['Documento de identidad o constancia de ingreso al país'],
    url: 'https://peru.iom.int',
  },
  {
    key: 'plan-tumbes-child-friendly-space',
    organisation: 'Plan',
    name: 'Espacio amigable para niñas, niños y adolescentes en Tumbes',
    description:
      'Espacio seguro con actividades lúdicas y de apoyo psicosocial para niñas, niños y adolescentes en tránsito, ' +
      'mientras sus familias realizan trámites; identificación de niñez no acompañada o separada.',
    sectors: ['PRO/CP'],
    sites: [{ district: 'aguasVerdes', name: 'Espacio amigable CEBAF', address: 'Panamericana Norte km 1270' }],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
    specificNeeds: ['UASC'],
    minimumAge: 3,
    maximumAge: 17,
  },
  {
    key: 'hias-tumbes-gbv',
    organisation: 'HIAS',
    name: 'Gestión de casos de violencia basada en género en Tumbes',
    description:
      'Acompañamiento confidencial a sobrevivientes de violencia basada en género: plan de seguridad, apoyo ' +
      'psicosocial, asistencia en efectivo para la protección y derivación a servicios especializados.',
    sectors: ['PRO/GBV'],
    sites: [{ district: 'tumbes', name: 'Oficina HIAS Tumbes', address: 'Jr. Bolognesi 230' }],
    languages: ['es', 'en'],
    populationGroups: MIGRANTS,
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ'],
    interpretation: 'Intérprete de inglés por teléfono, con cita.',
  },
  womensEmergencyCentre('tumbes', 'Tumbes', {
    district: 'tumbes',
    name: 'CEM Tumbes',
    address: 'Av. Mariscal Castilla 315',
  }),
  {
    key: 'pma-tumbes-food',
    organisation: 'PMA',
    name: 'Asistencia alimentaria para personas en tránsito en Tumbes',
    description:
      'Entrega de kits de alimentos listos para el viaje y de vales canjeables en comercios locales para familias ' +
      'que acaban de ingresar al país.',
    sectors: ['FSC'],
    sites: [
      { district: 'aguasVerdes', name: 'Punto de atención PMA frontera', address: 'Av. República de Panamá 180' },
    ],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
  },
  {
    key: 'crp-tumbes-first-aid',
    organisation: 'CRP',
    name: 'Primeros auxilios y restablecimiento del contacto familiar en Tumbes',
    description:
      'Puesto de primeros auxilios, llamadas gratuitas y carga de celulares para restablecer el contacto con ' +
      'familiares, y búsqueda de personas desaparecidas en la ruta migratoria.',
    sectors: ['HEA', 'PRO'],
    sites: [{ district: 'aguasVerdes', name: 'Puesto Cruz Roja CEBAF', address: 'Panamericana Norte km 1270' }],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
  },
  {
    key: 'ops-tumbes-primary-health',
    organisation: 'OPS',
    name: 'Vacunación y atención primaria de salud en la frontera norte',
    description:
      'Vacunación según el esquema nacional, tamizaje y atención primaria en coordinación con la Dirección ' +
      'Regional de Salud de Tumbes, con orientación sobre el acceso al SIS.',
    sectors: ['HEA'],
    sites: [{ district: 'zarumilla', name: 'Centro de salud Zarumilla (apoyo OPS)', address: 'Jr. Dos de Mayo 145' }],
    hours: DEMO_HOURS.office,
    populationGroups: ALL_GROUPS,
    specificNeeds: ['PREGNANT_LACTATING', 'OLDER_PERSON'],
  },
  {
    key: 'unfpa-tumbes-srh',
    organisation: 'UNFPA',
    name: 'Salud sexual y reproductiva y kits de dignidad en Tumbes',
    description:
      'Consejería en planificación familiar, atención prenatal en coordinación con establecimientos de salud, ' +
      'manejo clínico de la violencia sexual y entrega de kits de dignidad.',
    sectors: ['HEA', 'PRO/GBV'],
    sites: [{ district: 'tumbes', name: 'Consultorio diferenciado Tumbes', address: 'Av. Arica 520' }],
    hours: DEMO_HOURS.mornings,
    populationGroups: MIGRANTS,
    specificNeeds: ['PREGNANT_LACTATING', 'GBV_SURVIVOR'],
  },
  {
    key: 'nrc-tumbes-icla',
    organisation: 'NRC',
    name: 'Información, orientación y asistencia legal en Tumbes',
    description:
      'Asesoría sobre documentación, solicitud de refugio y Carné de Permiso Temporal de Permanencia, ' +
      'acompañamiento a trámites y talleres informativos.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'tumbes', name: 'Oficina NRC Tumbes', address: 'Jr. Grau 356' }],
    hours: DEMO_HOURS.tuesdayThursday,
    populationGroups: MIGRANTS,
  },
  {
    key: 'ach-tumbes-wash',
    organisation: 'ACH',
    name: 'Agua, saneamiento e higiene en puntos de tránsito de Tumbes',
    description:
      'Puntos de agua segura, duchas y servicios higiénicos en la zona fronteriza, y entrega de kits de higiene ' +
      'familiares.',
    sectors: ['WSH'],
    sites: [{ district: 'aguasVerdes', name: 'Punto WASH Aguas Verdes', address: 'Calle Los Libertadores 95' }],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
  },
  {
    key: 'care-tumbes-cash',
    organisation: 'CARE',
    name: 'Transferencias monetarias multipropósito en Tumbes',
    description:
      'Transferencias en efectivo por uno a tres meses para cubrir alimentación, alojamiento y otras necesidades ' +
      'básicas de hogares refugiados, migrantes y de la comunidad de acogida.',
    sectors: ['MPC'],
    sites: [{ district: 'tumbes', name: 'Oficina CARE Tumbes', address: 'Av. Piura 611' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    eligibility: 'Hogares seleccionados mediante encuesta de vulnerabilidad.',
    applicationProcess: 'Registro en la oficina o por derivación de un socio; respuesta en un plazo de 10 días.',
  },

  // Lima: where most refugees and migrants live.
  {
    key: 'acnur-lima-regularisation',
    organisation: 'ACNUR',
    name: 'Orientación sobre refugio y regularización migratoria en Lima',
    description:
      'Orientación individual sobre la solicitud de refugio ante la Comisión Especial para los Refugiados, ' +
      'el Carné de Permiso Temporal de Permanencia y el acceso a derechos.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'jesusMaria', name: 'Centro de orientación ACNUR Lima', address: 'Av. Brasil 1250' }],
    languages: ['es', 'en', 'pt'],
    populationGroups: ['IN_DESTINATION'],
    url: 'https://www.acnur.org',
  },
  {
    key: 'migraciones-lima-cpp',
    organisation: 'MIGRACIONES',
    name: 'Trámite del Carné de Permiso Temporal de Permanencia',
    description:
      'Recepción de solicitudes y entrega del Carné de Permiso Temporal de Permanencia (CPP) y orientación sobre ' +
      'otras calidades migratorias.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'brena', name: 'Sede central de Migraciones', address: 'Av. España 734' }],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_DESTINATION'],
    requiredDocuments: [
      'Pasaporte, cédula de identidad o documento de identidad del país de origen',
      'Constancia de pago de la tasa correspondiente',
    ],
    applicationProcess: 'Solicitud en línea y cita presencial para la toma de datos biométricos.',
    url: 'https://www.gob.pe/migraciones',
  },
  {
    key: 'mtpe-lima-employment',
    organisation: 'MTPE',
    name: 'Orientación laboral y bolsa de empleo para personas migrantes',
    description:
      'Ventanilla única de empleo: orientación vocacional, asesoría para la búsqueda de empleo, bolsa de trabajo, ' +
      'certificado único laboral e información sobre derechos laborales.',
    sectors: ['INT'],
    sites: [{ district: 'jesusMaria', name: 'Centro de Empleo Lima', address: 'Av. Salaverry 655' }],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY', 'RETURNEES'],
    minimumAge: 18,
    requiredDocuments: ['Documento de identidad vigente (CPP, carné de extranjería, DNI o pasaporte)'],
  },
  {
    key: 'oit-lima-entrepreneurship',
    organisation: 'OIT',
    name: 'Formación para el emprendimiento y el empleo formal',
    description:
      'Cursos de gestión de pequeños negocios, educación financiera y orientación para la formalización de ' +
      'emprendimientos de personas migrantes y peruanas.',
    sectors: ['INT'],
    sites: [{ district: 'laVictoria', name: 'Aula de emprendimiento La Victoria', address: 'Jr. Gamarra 740' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    minimumAge: 18,
  },
  {
    key: 'caritas-lima-food',
    organisation: 'Cáritas',
    name: 'Canastas de alimentos y comedor solidario en Lima',
    description:
      'Entrega mensual de canastas de alimentos y almuerzos en el comedor parroquial para familias en ' +
      'inseguridad alimentaria.',
    sectors: ['FSC'],
    sites: [{ district: 'lima', name: 'Comedor parroquial Cáritas Lima', address: 'Jr. Junín 650' }],
    hours: DEMO_HOURS.officeAndSaturday,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  {
    key: 'mdm-sjl-health',
    organisation: 'MdM',
    name: 'Atención primaria y salud mental en San Juan de Lurigancho',
    description:
      'Consultas de medicina general, salud mental y apoyo psicosocial, y acompañamiento para la afiliación al ' +
      'Seguro Integral de Salud.',
    sectors: ['HEA'],
    sites: [
      {
        district: 'sanJuanDeLurigancho',
        name: 'Consultorio Médicos del Mundo SJL',
        address: 'Av. Próceres de la Independencia 1820',
      },
    ],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['GBV_SURVIVOR', 'DISABILITY', 'OLDER_PERSON'],
  },
  {
    key: 'hias-lima-psychosocial',
    organisation: 'HIAS',
    name: 'Apoyo psicosocial individual y grupal en Lima',
    description:
      'Primeros auxilios psicológicos, atención psicológica individual y grupos de apoyo para personas refugiadas ' +
      'y migrantes que atraviesan situaciones de duelo, estrés o violencia.',
    sectors: ['PRO'],
    sites: [{ district: 'jesusMaria', name: 'Oficina HIAS Lima', address: 'Av. Cuba 545' }],
    languages: ['es', 'en'],
    populationGroups: MIGRANTS,
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ'],
  },
  {
    key: 'unicef-sjl-safe-space',
    organisation: 'UNICEF',
    name: 'Espacio seguro para la niñez en San Juan de Lurigancho',
    description:
      'Actividades recreativas, educativas y de apoyo psicosocial para niñas, niños y adolescentes, con ' +
      'identificación y derivación de casos de protección.',
    sectors: ['PRO/CP', 'EDU'],
    sites: [{ district: 'sanJuanDeLurigancho', name: 'Espacio seguro Canto Grande', address: 'Av. Canto Grande 2455' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['UASC', 'DISABILITY'],
    minimumAge: 5,
    maximumAge: 17,
  },
  {
    key: 'sci-lima-school-access',
    organisation: 'SCI',
    name: 'Acceso a la escuela y nivelación escolar en Lima',
    description:
      'Orientación a familias para la matrícula escolar sin documentos, clases de nivelación y entrega de útiles ' +
      'escolares.',
    sectors: ['EDU'],
    sites: [{ district: 'sanMartinDePorres', name: 'Centro comunitario SCI Lima Norte', address: 'Av. Perú 3120' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    minimumAge: 6,
    maximumAge: 17,
  },
  {
    key: 'plan-lima-adolescent-gbv-prevention',
    organisation: 'Plan',
    name: 'Prevención de la violencia de género con adolescentes',
    description:
      'Talleres para adolescentes sobre relaciones sin violencia, derechos sexuales y reproductivos y rutas de ' +
      'atención, con derivación confidencial de casos.',
    sectors: ['PRO/GBV'],
    sites: [{ district: 'villaElSalvador', name: 'Casa de la juventud VES', address: 'Av. Revolución 1450' }],
    hours: DEMO_HOURS.tuesdayThursday,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ'],
    minimumAge: 12,
    maximumAge: 19,
  },
  {
    key: 'crp-lima-family-links',
    organisation: 'CRP',
    name: 'Restablecimiento del contacto entre familiares en Lima',
    description: 'Búsqueda de familiares separados durante la migración, llamadas gratuitas y mensajes de Cruz Roja.',
    sectors: ['PRO'],
    sites: [{ district: 'jesusMaria', name: 'Sede Cruz Roja Peruana', address: 'Av. Caracas 1235' }],
    populationGroups: MIGRANTS,
  },
  {
    key: 'uvp-lima-peer-orientation',
    organisation: 'UVP',
    name: 'Orientación comunitaria entre pares venezolanos',
    description:
      'Personas venezolanas voluntarias orientan a recién llegados sobre trámites, salud, educación y empleo, y ' +
      'los acompañan a los servicios de la red.',
    sectors: ['INT', 'PRO'],
    sites: [{ district: 'losOlivos', name: 'Local comunitario Unión Venezolana', address: 'Av. Carlos Izaguirre 860' }],
    hours: DEMO_HOURS.officeAndSaturday,
    populationGroups: ['IN_DESTINATION', 'IN_TRANSIT'],
  },
  {
    key: 'veneactiva-lima-degrees',
    organisation: 'Veneactiva',
    name: 'Asesoría para la revalidación de títulos y el emprendimiento',
    description:
      'Orientación sobre el reconocimiento de títulos profesionales en SUNEDU, colegiatura y creación de ' +
      'emprendimientos.',
    sectors: ['INT'],
    sites: [{ district: 'lima', name: 'Oficina Veneactiva', address: 'Jr. Camaná 780' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ['IN_DESTINATION'],
    minimumAge: 18,
  },
  {
    key: 'ccpm-lima-shelter',
    organisation: 'CCPM',
    name: 'Albergue temporal para familias en Lima',
    description:
      'Alojamiento temporal de hasta 15 noches con alimentación para familias recién llegadas, con prioridad para ' +
      'madres con niñas y niños pequeños.',
    sectors: ['SHE'],
    sites: [{ district: 'lima', name: 'Casa de acogida CCPM', address: 'Jr. Huallaga 1020' }],
    hours: DEMO_HOURS.allDay,
    populationGroups: ['IN_TRANSIT', 'IN_DESTINATION'],
    specificNeeds: ['PREGNANT_LACTATING', 'UASC', 'OLDER_PERSON'],
    applicationProcess: 'Por derivación de un socio de la red o en la puerta, según disponibilidad de camas.',
  },
  womensEmergencyCentre('lima', 'Lima Cercado', {
    district: 'lima',
    name: 'CEM Lima',
    address: 'Av. Abancay 1150',
  }),
  {
    key: 'wvi-smp-cash',
    organisation: 'WVI',
    name: 'Transferencias monetarias para familias con niñez en Lima Norte',
    description:
      'Transferencias en efectivo para hogares con niñas y niños en situación de vulnerabilidad, acompañadas de ' +
      'consejería en crianza positiva.',
    sectors: ['MPC', 'PRO/CP'],
    sites: [
      { district: 'sanMartinDePorres', name: 'Oficina World Vision Lima Norte', address: 'Av. Universitaria 2210' },
    ],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  {
    key: 'dp-lima-rights',
    organisation: 'DP',
    name: 'Atención de quejas y orientación sobre derechos',
    description:
      'Recepción de quejas por vulneración de derechos por parte de entidades públicas, incluido el acceso a salud ' +
      'y educación de personas extranjeras.',
    sectors: ['PRO'],
    sites: [{ district: 'lima', name: 'Sede central de la Defensoría del Pueblo', address: 'Jr. Ucayali 394' }],
    hours: DEMO_HOURS.office,
    populationGroups: ALL_GROUPS,
  },
  {
    key: 'idehpucp-lima-legal-clinic',
    organisation: 'IDEHPUCP',
    name: 'Clínica jurídica para personas refugiadas y migrantes',
    description:
      'Asesoría legal gratuita por estudiantes supervisados en trámites migratorios, refugio, familia y trabajo.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'lima', name: 'Clínica jurídica IDEHPUCP', address: 'Jr. Tomás Ramsey 925' }],
    hours: DEMO_HOURS.tuesdayThursday,
    languages: ['es', 'en'],
    populationGroups: ['IN_DESTINATION'],
  },
  {
    key: 'onu-mujeres-lima-economic-empowerment',
    organisation: 'ONU Mujeres',
    name: 'Empoderamiento económico de mujeres refugiadas y migrantes',
    description:
      'Programa de formación en habilidades para el empleo y el emprendimiento, con cuidado infantil durante las ' +
      'sesiones.',
    sectors: ['INT'],
    sites: [{ district: 'laVictoria', name: 'Centro de formación La Victoria', address: 'Av. Manco Cápac 945' }],
    hours: DEMO_HOURS.mornings,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['GBV_SURVIVOR'],
    minimumAge: 18,
  },
  {
    key: 'pnud-lima-livelihoods',
    organisation: 'PNUD',
    name: 'Integración socioeconómica y capital semilla para emprendimientos',
    description:
      'Asistencia técnica y capital semilla para emprendimientos de personas migrantes y peruanas, y vinculación ' +
      'con mercados locales.',
    sectors: ['INT'],
    sites: [{ district: 'villaElSalvador', name: 'Parque industrial VES', address: 'Av. Separadora Industrial 1820' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    minimumAge: 18,
  },
  {
    key: 'oim-lima-trafficking',
    organisation: 'OIM',
    name: 'Atención a víctimas de trata y tráfico de personas en Lima',
    description:
      'Asistencia directa a víctimas de trata y tráfico: alojamiento seguro, atención médica y psicológica, ' +
      'asistencia legal y apoyo para el retorno voluntario o la integración.',
    sectors: ['PRO/HTS'],
    sites: [{ district: 'lima', name: 'Oficina OIM Lima', address: 'Av. José Pardo de Zela 610' }],
    hours: DEMO_HOURS.office,
    languages: ['es', 'en', 'pt'],
    populationGroups: ALL_GROUPS,
    specificNeeds: ['TRAFFICKING_SMUGGLING_VICTIM', 'UASC'],
  },
  {
    key: 'ops-lima-mental-health',
    organisation: 'OPS',
    name: 'Salud mental comunitaria para personas migrantes en Lima',
    description:
      'Fortalecimiento de centros de salud mental comunitaria para la atención de personas refugiadas y migrantes, ' +
      'con grupos de ayuda mutua.',
    sectors: ['HEA'],
    sites: [{ district: 'sanJuanDeLurigancho', name: 'CSMC Zárate (apoyo OPS)', address: 'Jr. Chinchaysuyo 350' }],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },

  // Callao
  {
    key: 'ccpm-callao-orientation',
    organisation: 'CCPM',
    name: 'Orientación y asistencia humanitaria en el Callao',
    description: 'Orientación sobre servicios y entrega de kits de alimentos e higiene para familias en necesidad.',
    sectors: ['PRO', 'FSC'],
    sites: [{ district: 'callao', name: 'Parroquia Callao (CCPM)', address: 'Av. Sáenz Peña 520' }],
    hours: DEMO_HOURS.tuesdayThursday,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  {
    key: 'uvp-ventanilla-community',
    organisation: 'UVP',
    name: 'Red de apoyo comunitario en Ventanilla',
    description: 'Grupos de apoyo, actividades de cohesión social con vecinos peruanos y orientación entre pares.',
    sectors: ['INT'],
    sites: [{ district: 'ventanilla', name: 'Local comunal Pachacútec', address: 'Mz. B Lt. 12, Pachacútec' }],
    hours: [{ byday: 'SA,SU', opensAt: '10:00', closesAt: '14:00' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  womensEmergencyCentre('callao', 'Callao', {
    district: 'callao',
    name: 'CEM Callao',
    address: 'Av. Guardia Chalaca 1240',
  }),
  {
    key: 'pma-callao-vouchers',
    organisation: 'PMA',
    name: 'Vales de alimentos para hogares vulnerables en el Callao',
    description: 'Vales electrónicos canjeables en mercados locales por alimentos frescos durante tres meses.',
    sectors: ['FSC'],
    sites: [{ district: 'callao', name: 'Punto de registro PMA Callao', address: 'Av. Colonial 3120' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    eligibility: 'Hogares con niñas y niños menores de 5 años, gestantes o personas con discapacidad.',
  },
  {
    key: 'crp-callao-psychological-first-aid',
    organisation: 'CRP',
    name: 'Primeros auxilios psicológicos en el Callao',
    description: 'Atención en crisis, escucha activa y derivación a servicios de salud mental.',
    sectors: ['HEA', 'PRO'],
    sites: [{ district: 'callao', name: 'Filial Cruz Roja Callao', address: 'Jr. Constitución 250' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ALL_GROUPS,
  },

  // Tacna: the southern border with Chile.
  {
    key: 'avt-tacna-reception',
    organisation: 'AVT',
    name: 'Acogida y orientación a personas venezolanas en Tacna',
    description:
      'Primera acogida, información sobre la ruta hacia Chile y sobre la permanencia en el Perú, y ' +
      'acompañamiento a servicios.',
    sectors: ['PRO', 'INT'],
    sites: [{ district: 'tacna', name: 'Local de la Asociación Venezolanos en Tacna', address: 'Calle Zela 540' }],
    hours: DEMO_HOURS.officeAndSaturday,
    populationGroups: ['IN_TRANSIT', 'PENDULAR', 'IN_DESTINATION'],
  },
  {
    key: 'sjs-tacna-border-legal',
    organisation: 'SJS',
    name: 'Orientación legal en el Complejo Fronterizo Santa Rosa',
    description:
      'Información sobre requisitos de ingreso y salida, solicitud de refugio y riesgos de la migración irregular, ' +
      'con atención prioritaria a familias con niñez.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'tacna', name: 'Módulo Encuentros en Santa Rosa', address: 'Panamericana Sur km 1344' }],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
    specificNeeds: ['UASC', 'TRAFFICKING_SMUGGLING_VICTIM'],
  },
  {
    key: 'unicef-tacna-child-space',
    organisation: 'UNICEF',
    name: 'Espacio amigable para la niñez en tránsito en Tacna',
    description: 'Actividades lúdicas y de apoyo psicosocial y alimentación complementaria para niñas y niños.',
    sectors: ['PRO/CP'],
    sites: [{ district: 'tacna', name: 'Espacio amigable terminal Tacna', address: 'Av. Circunvalación Norte 110' }],
    hours: DEMO_HOURS.border,
    populationGroups: AT_THE_BORDER,
    specificNeeds: ['UASC'],
    maximumAge: 17,
  },
  {
    key: 'caritas-tacna-shelter',
    organisation: 'Cáritas',
    name: 'Albergue temporal en Tacna',
    description: 'Alojamiento de emergencia por hasta 7 noches, con alimentación y kits de higiene.',
    sectors: ['SHE', 'FSC'],
    sites: [{ district: 'gregorioAlbarracin', name: 'Albergue Cáritas Tacna', address: 'Av. Municipal 1420' }],
    hours: DEMO_HOURS.allDay,
    populationGroups: ['IN_TRANSIT', 'PENDULAR'],
    specificNeeds: ['PREGNANT_LACTATING', 'OLDER_PERSON', 'DISABILITY'],
  },
  {
    key: 'plan-tacna-hygiene',
    organisation: 'Plan',
    name: 'Kits de higiene y de dignidad en Tacna',
    description: 'Entrega de kits de higiene familiares, kits de dignidad para mujeres y niñas, y pañales.',
    sectors: ['WSH'],
    sites: [{ district: 'tacna', name: 'Punto de distribución Plan Tacna', address: 'Av. Bolognesi 915' }],
    hours: DEMO_HOURS.mornings,
    populationGroups: AT_THE_BORDER,
  },
  {
    key: 'migraciones-tacna-orientation',
    organisation: 'MIGRACIONES',
    name: 'Orientación migratoria en la oficina desconcentrada de Tacna',
    description: 'Información sobre trámites migratorios, prórrogas de permanencia y Carné de Permiso Temporal.',
    sectors: ['PRO/REG'],
    sites: [{ district: 'tacna', name: 'Migraciones Tacna', address: 'Av. Circunvalación 540' }],
    hours: DEMO_HOURS.office,
    populationGroups: ['IN_DESTINATION', 'PENDULAR'],
    url: 'https://www.gob.pe/migraciones',
  },
  {
    key: 'hias-tacna-gbv',
    organisation: 'HIAS',
    name: 'Gestión de casos de violencia basada en género en Tacna',
    description: 'Acompañamiento a sobrevivientes, plan de seguridad, apoyo psicosocial y derivación especializada.',
    sectors: ['PRO/GBV'],
    sites: [{ district: 'tacna', name: 'Oficina HIAS Tacna', address: 'Calle Arias Aragüez 320' }],
    populationGroups: MIGRANTS,
    specificNeeds: ['GBV_SURVIVOR', 'LGBTIQ'],
  },
  womensEmergencyCentre('tacna', 'Tacna', { district: 'tacna', name: 'CEM Tacna', address: 'Calle Blondell 180' }),

  // Piura
  {
    key: 'pnud-piura-vocational',
    organisation: 'PNUD',
    name: 'Formación técnica y empleabilidad en Piura',
    description: 'Cursos técnicos cortos certificados y vinculación con empresas de la región.',
    sectors: ['INT'],
    sites: [{ district: 'piura', name: 'Centro de formación Piura', address: 'Av. Grau 1150' }],
    hours: DEMO_HOURS.afternoons,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    minimumAge: 18,
  },
  {
    key: 'wvi-piura-nutrition',
    organisation: 'WVI',
    name: 'Nutrición infantil y consejería en lactancia en Piura',
    description:
      'Tamizaje nutricional de niñas y niños menores de 5 años, suplementación y consejería en lactancia materna.',
    sectors: ['NUT'],
    sites: [
      { district: 'veintiseisDeOctubre', name: 'Centro comunitario 26 de Octubre', address: 'Av. Sánchez Cerro 2050' },
    ],
    hours: DEMO_HOURS.mornings,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['PREGNANT_LACTATING'],
    maximumAge: 5,
  },
  {
    key: 'ach-piura-food-cash',
    organisation: 'ACH',
    name: 'Transferencias para la seguridad alimentaria en Piura',
    description: 'Transferencias en efectivo condicionadas a la compra de alimentos y sesiones de nutrición familiar.',
    sectors: ['FSC', 'MPC'],
    sites: [{ district: 'castilla', name: 'Oficina Acción contra el Hambre Piura', address: 'Av. Guardia Civil 340' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  {
    key: 'care-sullana-women',
    organisation: 'CARE',
    name: 'Orientación a mujeres sobre violencia de género y empleo en Sullana',
    description:
      'Espacio seguro para mujeres con orientación sobre rutas de atención de la violencia y sobre oportunidades ' +
      'de empleo.',
    sectors: ['PRO/GBV', 'INT'],
    sites: [{ district: 'sullana', name: 'Espacio seguro CARE Sullana', address: 'Calle San Martín 845' }],
    hours: DEMO_HOURS.tuesdayThursday,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['GBV_SURVIVOR'],
  },
  {
    key: 'caritas-piura-food',
    organisation: 'Cáritas',
    name: 'Comedor y kits de alimentos en Piura',
    description: 'Almuerzos diarios y kits de alimentos para familias en tránsito y recién llegadas.',
    sectors: ['FSC'],
    sites: [{ district: 'piura', name: 'Comedor Cáritas Piura', address: 'Jr. Libertad 580' }],
    hours: [{ byday: 'MO,TU,WE,TH,FR,SA', opensAt: '11:30', closesAt: '14:30' }],
    populationGroups: ['IN_TRANSIT', 'IN_DESTINATION'],
  },
  womensEmergencyCentre('piura', 'Piura', { district: 'piura', name: 'CEM Piura', address: 'Av. Loreto 860' }),

  // Arequipa
  {
    key: 'hias-arequipa-psychosocial-legal',
    organisation: 'HIAS',
    name: 'Apoyo psicosocial y orientación legal en Arequipa',
    description: 'Atención psicológica, orientación sobre regularización y acceso a servicios públicos.',
    sectors: ['PRO', 'PRO/REG'],
    sites: [{ district: 'arequipa', name: 'Oficina HIAS Arequipa', address: 'Calle Mercaderes 410' }],
    populationGroups: ['IN_DESTINATION'],
  },
  {
    key: 'adra-arequipa-shelter',
    organisation: 'ADRA',
    name: 'Apoyo para alojamiento temporal en Arequipa',
    description:
      'Subsidio de alquiler por uno a tres meses y entrega de artículos de hogar para familias recién llegadas.',
    sectors: ['SHE'],
    sites: [{ district: 'cerroColorado', name: 'Oficina ADRA Arequipa', address: 'Av. Aviación 620' }],
    populationGroups: ['IN_DESTINATION'],
    specificNeeds: ['PREGNANT_LACTATING', 'DISABILITY'],
  },
  {
    key: 'caritas-arequipa-food',
    organisation: 'Cáritas',
    name: 'Canasta básica de alimentos en Arequipa',
    description: 'Entrega mensual de canastas de alimentos a familias en situación de vulnerabilidad.',
    sectors: ['FSC'],
    sites: [{ district: 'arequipa', name: 'Cáritas Arequipa', address: 'Calle Santa Catalina 330' }],
    hours: DEMO_HOURS.mornings,
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  womensEmergencyCentre('arequipa', 'Arequipa', {
    district: 'arequipa',
    name: 'CEM Arequipa',
    address: 'Av. Goyeneche 1205',
  }),

  // La Libertad
  {
    key: 'sci-trujillo-education-protection',
    organisation: 'SCI',
    name: 'Educación y protección de la niñez en Trujillo',
    description:
      'Apoyo para el acceso y la permanencia escolar y prevención de la violencia contra la niñez en las escuelas.',
    sectors: ['EDU', 'PRO/CP'],
    sites: [{ district: 'trujillo', name: 'Oficina Save the Children Trujillo', address: 'Jr. Pizarro 720' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    maximumAge: 17,
  },
  {
    key: 'hias-trujillo-livelihoods',
    organisation: 'HIAS',
    name: 'Medios de vida y empleo en Trujillo',
    description: 'Orientación para el empleo, cursos cortos y apoyo a emprendimientos con capital semilla.',
    sectors: ['INT'],
    sites: [{ district: 'trujillo', name: 'Oficina HIAS Trujillo', address: 'Av. España 1540' }],
    populationGroups: ['IN_DESTINATION'],
    minimumAge: 18,
  },
  {
    key: 'wvi-la-esperanza-cash',
    organisation: 'WVI',
    name: 'Transferencias monetarias en La Esperanza',
    description: 'Transferencias en efectivo para hogares con niñas y niños, con seguimiento de su bienestar.',
    sectors: ['MPC'],
    sites: [{ district: 'laEsperanza', name: 'Punto World Vision La Esperanza', address: 'Av. Tahuantinsuyo 980' }],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
  },
  womensEmergencyCentre('trujillo', 'Trujillo', {
    district: 'trujillo',
    name: 'CEM Trujillo',
    address: 'Jr. Orbegoso 450',
  }),

  // Cusco
  {
    key: 'sos-cusco-family-strengthening',
    organisation: 'SOS',
    name: 'Fortalecimiento familiar y cuidado alternativo en Cusco',
    description:
      'Acompañamiento a familias en riesgo de separación y cuidado alternativo de tipo familiar para niñas y niños ' +
      'sin cuidado parental.',
    sectors: ['PRO/CP'],
    sites: [{ district: 'wanchaq', name: 'Aldeas Infantiles SOS Cusco', address: 'Av. Huáscar 215' }],
    languages: ['es', 'qu'],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY'],
    specificNeeds: ['UASC'],
    maximumAge: 17,
  },
  {
    key: 'caritas-cusco-humanitarian',
    organisation: 'Cáritas',
    name: 'Orientación y asistencia humanitaria en Cusco',
    description: 'Orientación sobre servicios, canastas de alimentos y kits de abrigo para la temporada de heladas.',
    sectors: ['PRO', 'FSC'],
    sites: [{ district: 'cusco', name: 'Cáritas Cusco', address: 'Calle Saphy 560' }],
    languages: ['es', 'qu'],
    populationGroups: ['IN_DESTINATION', 'HOST_COMMUNITY', 'RETURNEES'],
  },
  {
    key: 'crp-cusco-first-aid',
    organisation: 'CRP',
    name: 'Primeros auxilios y atención básica de salud en Cusco',
    description: 'Atención de primeros auxilios, control de signos vitales y orientación sobre el SIS.',
    sectors: ['HEA'],
    sites: [{ district: 'cusco', name: 'Filial Cruz Roja Cusco', address: 'Av. El Sol 840' }],
    hours: DEMO_HOURS.officeAndSaturday,
    languages: ['es', 'qu', 'en'],
    populationGroups: ALL_GROUPS,
  },
  womensEmergencyCentre('cusco', 'Cusco', { district: 'cusco', name: 'CEM Cusco', address: 'Av. Tullumayo 274' }, [
    'es',
    'qu',
  ]),
];

/** Who the demo services are attributed to when the loader names no one. */
export const DEMO_SERVICES_PUBLISHER: Viewer = {
  userId: 'demo-data-loader',
  organisationId: null,
  roles: ['PLATFORM_ADMIN'],
  grants: [{ role: 'PLATFORM_ADMIN', sector: null, region: null }],
};

export function demoServiceId(service: Pick<DemoService, 'key'>): string {
  return uuidV5(`demo-service/${service.key}`);
}

/** A few hundred metres around the district centroid, the same on every run, so map pins do not stack. */
function nearby(coordinate: number, seed: string, axis: number): number {
  const byte = Buffer.from(uuidV5(seed).replace(/-/g, ''), 'hex')[axis];
  return Math.round((coordinate + ((byte - 128) / 128) * 0.006) * 1e6) / 1e6;
}

/** The demo service as a publish command, checked by the same schema as the GraphQL input. */
export function demoServiceCommand(service: DemoService): PublishServiceCommand {
  return publishServiceSchema.parse({
    id: demoServiceId(service),
    organisationId: demoOrganisationByAcronym(service.organisation).id,
    name: service.name,
    description: service.description,
    url: service.url,
    status: 'active',
    interpretationServices: service.interpretation,
    applicationProcess: service.applicationProcess,
    feesDescription: 'Gratuito.',
    eligibilityDescription: service.eligibility,
    minimumAge: service.minimumAge,
    maximumAge: service.maximumAge,
    languages: service.languages ?? ['es'],
    sectors: service.sectors.map((entry) => {
      const [sector, subSector] = entry.split('/');
      return { sector, subSector: subSector ?? null };
    }),
    populationGroups: service.populationGroups,
    specificNeeds: service.specificNeeds,
    requiredDocuments: service.requiredDocuments,
    schedules: service.hours ?? DEMO_HOURS.office,
    locations: service.sites.map((site) => {
      const district = DEMO_DISTRICTS[site.district];
      return {
        name: site.name,
        address1: site.address,
        pcode: district.pcode,
        postalCode: 'postalCode' in district ? district.postalCode : null,
        latitude: nearby(district.latitude, `${service.key}/${site.name}`, 0),
        longitude: nearby(district.longitude, `${service.key}/${site.name}`, 1),
        schedules: site.hours,
      };
    }),
    phones: service.phones,
  });
}

/**
 * Publishes the demo services that are not in the directory yet, through the publish use case so
 * their events reach every service. The demo organisations must be loaded first.
 * @returns how many services were published.
 */
export async function seedDemoServices(
  app: INestApplicationContext,
  actor: Viewer = DEMO_SERVICES_PUBLISHER,
): Promise<number> {
  const publish = app.get(PublishServiceUseCase);
  const ids = DEMO_SERVICES.map(demoServiceId);
  const existing = new Set(
    (
      await app
        .get(DataSource)
        .getRepository(ServiceEntity)
        .find({ select: { id: true }, where: { id: In(ids) } })
    ).map((row) => row.id),
  );
  let published = 0;
  for (const service of DEMO_SERVICES) {
    if (existing.has(demoServiceId(service))) continue;
    await publish.execute(demoServiceCommand(service), actor, `demo-data-service-${service.key}`);
    published += 1;
  }
  return published;
}
