/** Tables of the identity module (users, password credentials, refresh tokens and role grants), registered by the directory's data source. */
export const IDENTITY_PERSISTENCE = {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: [] as Function[],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: [] as Function[],
};
