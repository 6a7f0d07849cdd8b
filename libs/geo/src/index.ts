export { ADMIN_LEVELS, compareUnits, levelDepth, type AdminLevel, type AdminUnit, type IsoDate } from './admin-unit';
export {
  BOUNDARY_FILES,
  boundaryGeoJson,
  type BoundaryCollection,
  type BoundaryFeature,
  type BoundaryGeometry,
  type BoundaryLevel,
  type Position,
} from './boundaries';
export { createAdminUnit, type AdminUnitInput } from './create-admin-unit';
export { loadGazetteer } from './default-gazetteer';
export { Gazetteer, type LookupOptions, type NameLookupOptions } from './gazetteer';
export { GROUPING_CODES, REGION_VALUES, type Grouping, type GroupingCode } from './groupings';
export { DATASET_VALID_FROM, type BuiltUnits, type SkippedRow } from './loading/build-units';
export { GEO_DATA_DIR_ENV, resolveGeoDataDir } from './loading/data-dir';
export { loadUnitsFromDataDir } from './loading/load-units';
export { MAX_SUGGESTIONS } from './name-index';
export {
  COUNTRY_PREFIX,
  departmentPcodeOf,
  ineiCodeFromPcode,
  isInsidePcode,
  isPcode,
  levelOfPcode,
  parentPcodeOf,
  pcodeFromIneiCode,
} from './pcode';
export type { Coding, ResolveOptions } from './resolve';
export {
  GEO_ERROR_CODES,
  type Ambiguous,
  type Found,
  type GeoError,
  type GeoErrorCode,
  type NameMatch,
  type NotFound,
  type ResolveResult,
  type ResolveRule,
} from './results';
export { searchKey, toAscii } from './text/normalize';
export { isValidOn, type AsOf } from './validity';
