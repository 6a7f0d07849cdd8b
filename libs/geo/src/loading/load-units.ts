import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_LEVELS } from '../admin-unit';
import { AMENDMENT_FILES, parseNameAmendments, parseValidityAmendments } from './amendments';
import { buildAdminUnits, type BuiltUnits } from './build-units';
import { resolveGeoDataDir } from './data-dir';
import { parseUbigeoCsv, UBIGEO_FILES } from './ubigeo-rows';

/** Reads the UBIGEO CSVs and our amendments from the data folder and builds the units. */
export function loadUnitsFromDataDir(dataDir: string = resolveGeoDataDir()): BuiltUnits {
  const rows = ADMIN_LEVELS.flatMap((level) => parseUbigeoCsv(level, readUtf8(join(dataDir, UBIGEO_FILES[level]))));
  return buildAdminUnits(rows, {
    validity: parseValidityAmendments(readOptional(join(dataDir, AMENDMENT_FILES.validity))),
    names: parseNameAmendments(readOptional(join(dataDir, AMENDMENT_FILES.names))),
  });
}

function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}

/** A data folder given through GEO_DATA_DIR may hold only the upstream files. */
function readOptional(path: string): string {
  return existsSync(path) ? readUtf8(path) : '';
}
