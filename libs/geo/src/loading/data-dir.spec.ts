import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { GEO_DATA_DIR_ENV, resolveGeoDataDir } from './data-dir';

const repoRoot = resolve(__dirname, '../../../..');
const dataDir = join(repoRoot, 'libs/geo/data');

describe('resolveGeoDataDir', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'geo-data-dir-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds libs/geo/data from the TypeScript sources', () => {
    expect(resolveGeoDataDir({})).toBe(dataDir);
    expect(existsSync(join(dataDir, 'ubigeo_distrito.csv'))).toBe(true);
  });

  it('finds libs/geo/data from the compiled code under dist/', () => {
    expect(resolveGeoDataDir({}, join(repoRoot, 'dist/libs/geo/src/loading'))).toBe(dataDir);
  });

  it('takes GEO_DATA_DIR first', () => {
    expect(resolveGeoDataDir({ [GEO_DATA_DIR_ENV]: dataDir }, tmpdir())).toBe(dataDir);
  });

  it('refuses a GEO_DATA_DIR without the data files', () => {
    expect(() => resolveGeoDataDir({ [GEO_DATA_DIR_ENV]: scratch })).toThrow(GEO_DATA_DIR_ENV);
  });

  it('says how to fix a missing folder', () => {
    expect(() => resolveGeoDataDir({}, scratch)).toThrow(/set GEO_DATA_DIR/);
  });
});
