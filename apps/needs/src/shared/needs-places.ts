import type { NeedsPlaceLevel } from '@coordination/contracts';
import { isPcode, loadGazetteer } from '@coordination/geo';
import { NeedsErrorCode, needsError } from './needs.errors';

/** Where a needs figure is held: a department or a province, with its department. */
export interface NeedsPlace {
  pcode: string;
  level: NeedsPlaceLevel;
  departmentPcode: string;
  provincePcode: string | null;
}

/**
 * The department or province behind a P-code as it stood on `day`, refused with the field at fault
 * otherwise. Figures are never held per district: needs analyses stop at the province.
 */
export function needsPlaceOf(pcode: string, day: string, field: string): NeedsPlace {
  const unit = isPcode(pcode) ? loadGazetteer().byPcode(pcode, { asOf: day }) : undefined;
  if (!unit) throw needsError(NeedsErrorCode.UnknownPlace, `${pcode} is not a Peruvian P-code valid on ${day}`, field);
  if (unit.level === 'district') {
    throw needsError(
      NeedsErrorCode.PlaceTooDetailed,
      `${pcode} is a district; needs figures are held per department or province`,
      field,
    );
  }
  return {
    pcode: unit.pcode,
    level: unit.level,
    departmentPcode: unit.departmentPcode,
    provincePcode: unit.level === 'province' ? unit.pcode : null,
  };
}

/** The name of a unit for display, whatever its validity (old rounds keep naming retired units). */
export function placeName(pcode: string): string | null {
  const gazetteer = loadGazetteer();
  return (gazetteer.byPcode(pcode) ?? gazetteer.byPcode(pcode, { asOf: '2020-01-01' }))?.name ?? null;
}
