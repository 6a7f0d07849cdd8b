import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SCHEMA_DIR_IN_REPO = join('apps', 'directory', 'src', 'service-directory', 'hsds-schema');
const MARKER_FILE = 'service.json';

/**
 * The vendored HSDS schemas stay in the source tree: swc compiles the app to dist/ without copying
 * JSON, so the folder is looked for in every ancestor of this file's directory (src/ or dist/).
 */
export function resolveHsdsSchemaDir(startDirectory: string = __dirname): string {
  for (let directory = resolve(startDirectory); ; directory = dirname(directory)) {
    const candidate = join(directory, SCHEMA_DIR_IN_REPO);
    if (existsSync(join(candidate, MARKER_FILE))) return candidate;
    if (dirname(directory) === directory) break;
  }
  throw new Error(`No ${SCHEMA_DIR_IN_REPO} above ${startDirectory}`);
}
