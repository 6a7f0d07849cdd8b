/** Tables of the integrators module (integrator clients and data-sharing agreements), registered by the directory's data source. */
export const INTEGRATORS_PERSISTENCE = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: [] as Function[],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: [] as Function[],
};
