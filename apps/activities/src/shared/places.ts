import type { PlaceLevel } from '@coordination/contracts';
import { isPcode, loadGazetteer } from '@coordination/geo';
import { firstDayOf, lastDayOf, type Month } from './months';

/** Where an activity took place, with the units containing it (reports roll up without a gazetteer). */
export interface ReportPlace {
  pcode: string;
  level: PlaceLevel;
  name: string;
  departmentPcode: string;
  provincePcode: string | null;
  districtPcode: string | null;
}

/**
 * The unit behind a P-code as it stood during `month`, or undefined when no such unit existed then.
 * Districts are created (and merged) over time; a unit valid on the first or the last day of the
 * month counts, so an activity in a district created mid-month, or retired mid-month, is accepted.
 */
export function placeInMonth(pcode: string, month: Month): ReportPlace | undefined {
  if (!isPcode(pcode)) return undefined;
  const gazetteer = loadGazetteer();
  const unit =
    gazetteer.byPcode(pcode, { asOf: firstDayOf(month) }) ?? gazetteer.byPcode(pcode, { asOf: lastDayOf(month) });
  if (!unit) return undefined;
  return {
    pcode: unit.pcode,
    level: unit.level,
    name: unit.name,
    departmentPcode: unit.departmentPcode,
    provincePcode: unit.level === 'department' ? null : unit.pcode.slice(0, 6),
    districtPcode: unit.level === 'district' ? unit.pcode : null,
  };
}

/** The name of a unit for display, whatever its validity (old reports keep naming retired districts). */
export function placeName(pcode: string): string | null {
  const gazetteer = loadGazetteer();
  return (gazetteer.byPcode(pcode) ?? gazetteer.byPcode(pcode, { asOf: '2020-01-01' }))?.name ?? null;
}
