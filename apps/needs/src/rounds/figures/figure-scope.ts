import type { NeedsPlaceLevel } from '@coordination/contracts';
import { isPcode, loadGazetteer } from '@coordination/geo';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';

/** Which places a figure query covers and at which level it reports. */
export interface FigureScope {
  /** Null for the whole country. */
  pcode: string | null;
  level: NeedsPlaceLevel;
}

/** Anything held at the place or inside it: a department's scope holds its provinces' figures. */
export function isWithin(
  figure: { pcode: string; departmentPcode: string; provincePcode: string | null },
  pcode: string | null,
): boolean {
  if (pcode === null) return true;
  return figure.departmentPcode === pcode || figure.provincePcode === pcode;
}

/** The place a figure counts towards at `level`; null when it is held at a coarser level than asked for. */
export function placeAtLevel(
  figure: { placeLevel: NeedsPlaceLevel; departmentPcode: string; provincePcode: string | null },
  level: NeedsPlaceLevel,
): string | null {
  return level === 'department' ? figure.departmentPcode : figure.provincePcode;
}

/**
 * The scope of a query: reports at the level asked for (departments by default), never coarser than the
 * place asked about. Needs figures stop at provinces, so districts are refused.
 */
export function figureScope(pcode: string | null | undefined, level: string | null | undefined): FigureScope {
  if (level === 'district') {
    throw needsError(NeedsErrorCode.PlaceTooDetailed, 'Needs figures are held per department or province', 'level');
  }
  if (!pcode) return { pcode: null, level: level === 'province' ? 'province' : 'department' };
  const unit = isPcode(pcode)
    ? (loadGazetteer().byPcode(pcode) ?? loadGazetteer().byPcode(pcode, { asOf: '2020-01-01' }))
    : undefined;
  if (!unit) throw needsError(NeedsErrorCode.UnknownPlace, `${pcode} is not a Peruvian P-code`, 'filter.pcode');
  if (unit.level === 'district') {
    throw needsError(
      NeedsErrorCode.PlaceTooDetailed,
      `${pcode} is a district; needs figures stop at provinces`,
      'filter.pcode',
    );
  }
  return { pcode: unit.pcode, level: unit.level === 'province' || level === 'province' ? 'province' : 'department' };
}
