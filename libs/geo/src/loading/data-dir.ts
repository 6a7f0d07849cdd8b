import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Overrides where the data files are read from (an absolute path, or relative to the working directory). */
export const GEO_DATA_DIR_ENV = 'GEO_DATA_DIR';

const DATA_DIR_IN_REPO = join('libs', 'geo', 'data');
/** A file every data folder has, so a stray empty `libs/geo/data` is not taken for the real one. */
const MARKER_FILE = 'ubigeo_departamento.csv';

/**
 * Finds `libs/geo/data`. The code runs from `libs/geo/src` (ts-node, jest) and from `dist/libs/geo/src`
 * (swc build, also in the Docker image where the data sits at `/app/libs/geo/data`), so the folder is
 * looked for in every ancestor of this file's directory rather than at a fixed relative path.
 */
export function resolveGeoDataDir(
  environment: NodeJS.ProcessEnv = process.env,
  startDirectory: string = __dirname,
): string {
  const override = environment[GEO_DATA_DIR_ENV];
  if (override) {
    const directory = resolve(override);
    if (!existsSync(join(directory, MARKER_FILE))) {
      throw new Error(`${GEO_DATA_DIR_ENV}=${override} has no ${MARKER_FILE}`);
    }
    return directory;
  }
  for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
    const candidate = join(directory, DATA_DIR_IN_REPO);
    if (existsSync(join(candidate, MARKER_FILE))) return candidate;
    if (dirname(directory) === directory) break;
  }
  throw new Error(`No ${DATA_DIR_IN_REPO} above ${startDirectory}; set ${GEO_DATA_DIR_ENV}`);
}
