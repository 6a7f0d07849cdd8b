import type { ScheduleCommand } from '../writing/service-details.schema';

export interface DemoDistrict {
  pcode: string;
  /** District centroid from the UBIGEO table (libs/geo/data/ubigeo_distrito.csv). */
  latitude: number;
  longitude: number;
  /** Only where the capital's postal code is well known; unknown codes stay empty. */
  postalCode?: string;
}

/** The districts the demo services are delivered in: department capitals and a few large districts. */
export const DEMO_DISTRICTS = {
  lima: { pcode: 'PE150101', latitude: -12.045278, longitude: -77.030833, postalCode: '15001' },
  brena: { pcode: 'PE150105', latitude: -12.058889, longitude: -77.046111 },
  jesusMaria: { pcode: 'PE150113', latitude: -12.075556, longitude: -77.043333 },
  laVictoria: { pcode: 'PE150115', latitude: -12.065, longitude: -77.030833 },
  losOlivos: { pcode: 'PE150117', latitude: -11.991389, longitude: -77.070833 },
  sanJuanDeLurigancho: { pcode: 'PE150132', latitude: -12.029722, longitude: -77.01 },
  sanMartinDePorres: { pcode: 'PE150135', latitude: -12.03, longitude: -77.0575 },
  villaElSalvador: { pcode: 'PE150142', latitude: -12.213333, longitude: -76.937222 },
  callao: { pcode: 'PE070101', latitude: -12.063056, longitude: -77.146944, postalCode: '07001' },
  ventanilla: { pcode: 'PE070106', latitude: -11.877222, longitude: -77.127778 },
  tumbes: { pcode: 'PE240101', latitude: -3.571111, longitude: -80.459167, postalCode: '24001' },
  aguasVerdes: { pcode: 'PE240302', latitude: -3.481667, longitude: -80.245 },
  zarumilla: { pcode: 'PE240301', latitude: -3.501111, longitude: -80.275556 },
  tacna: { pcode: 'PE230101', latitude: -18.001944, longitude: -70.251944, postalCode: '23001' },
  gregorioAlbarracin: { pcode: 'PE230110', latitude: -18.043056, longitude: -70.251667 },
  piura: { pcode: 'PE200101', latitude: -5.1525, longitude: -80.657778, postalCode: '20001' },
  veintiseisDeOctubre: { pcode: 'PE200115', latitude: -5.179167, longitude: -80.678056 },
  castilla: { pcode: 'PE200104', latitude: -5.201389, longitude: -80.622778 },
  sullana: { pcode: 'PE200601', latitude: -4.890556, longitude: -80.687778 },
  arequipa: { pcode: 'PE040101', latitude: -16.393333, longitude: -71.528889, postalCode: '04001' },
  cerroColorado: { pcode: 'PE040104', latitude: -16.376389, longitude: -71.560833 },
  trujillo: { pcode: 'PE130101', latitude: -8.1, longitude: -79.030556, postalCode: '13001' },
  laEsperanza: { pcode: 'PE130105', latitude: -8.056111, longitude: -79.051667 },
  cusco: { pcode: 'PE080101', latitude: -13.519167, longitude: -71.976667, postalCode: '08001' },
  wanchaq: { pcode: 'PE080108', latitude: -13.521389, longitude: -71.966667 },
} as const satisfies Record<string, DemoDistrict>;

export type DemoDistrictKey = keyof typeof DEMO_DISTRICTS;

const WORKING_DAYS = 'MO,TU,WE,TH,FR';

/** Typical opening hours of the response's offices and points of service, in Lima time. */
export const DEMO_HOURS = {
  office: [{ byday: WORKING_DAYS, opensAt: '08:30', closesAt: '17:00' }],
  mornings: [{ byday: WORKING_DAYS, opensAt: '09:00', closesAt: '13:00' }],
  officeAndSaturday: [
    { byday: WORKING_DAYS, opensAt: '08:00', closesAt: '17:00' },
    { byday: 'SA', opensAt: '09:00', closesAt: '13:00' },
  ],
  border: [{ byday: null, opensAt: '07:00', closesAt: '19:00', description: 'Todos los días, en el paso fronterizo.' }],
  allDay: [{ byday: null, opensAt: '00:00', closesAt: '24:00', description: 'Atención permanente, 24 horas.' }],
  afternoons: [{ byday: 'MO,WE,FR', opensAt: '14:00', closesAt: '18:00' }],
  tuesdayThursday: [{ byday: 'TU,TH', opensAt: '09:00', closesAt: '16:00' }],
} as const satisfies Record<string, readonly ScheduleCommand[]>;
