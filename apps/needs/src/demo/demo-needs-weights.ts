import type { PopulationGroup } from '@coordination/taxonomies';

/**
 * Where refugees and migrants from Venezuela live, per mille by department: more than 70% in Lima and
 * Callao, then La Libertad, Arequipa, Piura, Ica, Lambayeque, Tumbes, Tacna, Cusco... An illustrative
 * spread for the demo, shaped after the working group's reports, not a published table.
 */
export const RESIDENT_WEIGHTS: Readonly<Record<string, number>> = {
  PE15: 640, // Lima
  PE07: 75, // Callao
  PE13: 55, // La Libertad
  PE04: 40, // Arequipa
  PE20: 30, // Piura
  PE11: 20, // Ica
  PE14: 20, // Lambayeque
  PE24: 22, // Tumbes
  PE23: 18, // Tacna
  PE08: 16, // Cusco
  PE02: 12, // Áncash
  PE12: 12, // Junín
  PE06: 5, // Cajamarca
  PE21: 5, // Puno
  PE22: 4, // San Martín
  PE17: 3, // Madre de Dios
  PE16: 3, // Loreto
  PE25: 3, // Ucayali
  PE18: 3, // Moquegua
  PE05: 2, // Ayacucho
  PE10: 2, // Huánuco
  PE19: 1, // Pasco
  PE03: 1, // Apurímac
  PE01: 1, // Amazonas
  PE09: 1, // Huancavelica
};

/** People in transit and pendular movements concentrate on the border crossings and the route to Lima. */
export const ON_THE_MOVE_WEIGHTS: Readonly<Record<string, number>> = {
  PE24: 300, // Tumbes, border with Ecuador
  PE23: 200, // Tacna, border with Chile
  PE15: 180,
  PE20: 90, // Piura, on the route south
  PE21: 60, // Puno, border with Bolivia
  PE13: 50,
  PE14: 40,
  PE04: 40,
  PE07: 20,
  PE11: 20,
};

/** Shares of each sector's people in need by population group, per mille. */
export const GROUP_WEIGHTS: Readonly<Record<string, Readonly<Record<PopulationGroup, number>>>> = {
  default: { IN_DESTINATION: 760, IN_TRANSIT: 50, PENDULAR: 30, HOST_COMMUNITY: 120, RETURNEES: 40 },
  // Humanitarian transportation serves people on the move.
  HTR: { IN_DESTINATION: 250, IN_TRANSIT: 500, PENDULAR: 200, HOST_COMMUNITY: 0, RETURNEES: 50 },
  // Integration and education reach host communities alongside refugees and migrants.
  INT: { IN_DESTINATION: 700, IN_TRANSIT: 0, PENDULAR: 20, HOST_COMMUNITY: 230, RETURNEES: 50 },
  EDU: { IN_DESTINATION: 700, IN_TRANSIT: 20, PENDULAR: 20, HOST_COMMUNITY: 220, RETURNEES: 40 },
};

/** Girls, boys (under 18), women, men, unknown, per mille: a working-age population with many children. */
export const SEX_AGE_WEIGHTS: Readonly<Record<PopulationGroup, readonly [number, number, number, number, number]>> = {
  IN_DESTINATION: [140, 145, 345, 350, 20],
  IN_TRANSIT: [120, 125, 330, 400, 25],
  PENDULAR: [90, 95, 380, 410, 25],
  HOST_COMMUNITY: [150, 155, 350, 330, 15],
  RETURNEES: [110, 105, 395, 370, 20],
};
