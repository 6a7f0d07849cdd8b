/** Tables of the service-directory module (the HSDS service directory), registered by the directory's data source. */
export const SERVICE_DIRECTORY_PERSISTENCE = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: [] as Function[],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: [] as Function[],
};
