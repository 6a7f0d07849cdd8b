import type { AdminUnit } from './admin-unit';
import { departmentPcodeOf, ineiCodeFromPcode, isPcode, levelOfPcode, parentPcodeOf } from './pcode';
import { isIsoDate } from './validity';

/**
 * Rejects a unit list the lookups could not answer consistently: fields that contradict the P-code,
 * bad dates, two versions of a code valid on the same day, or a parent that does not exist.
 * Throws one error listing every problem, so a bad data edit is fixed in one pass.
 */
export function assertConsistentUnits(units: readonly AdminUnit[]): void {
  const problems = units.flatMap(problemsOfUnit);
  const pcodes = new Set(units.map((unit) => unit.pcode));
  for (const unit of units) {
    if (unit.parentPcode !== null && !pcodes.has(unit.parentPcode)) {
      problems.push(`${unit.pcode}: parent ${unit.parentPcode} is not in the list`);
    }
  }
  problems.push(...overlaps(units, (unit) => unit.pcode, 'P-code'));
  problems.push(...overlaps(units, (unit) => unit.reniecCode, 'RENIEC code'));
  if (problems.length > 0) throw new Error(`Inconsistent administrative units:\n- ${problems.join('\n- ')}`);
}

function problemsOfUnit(unit: AdminUnit): string[] {
  if (!isPcode(unit.pcode)) return [`'${unit.pcode}' is not a P-code`];
  const problems: string[] = [];
  const checkField = (field: keyof AdminUnit, expected: unknown) => {
    if (unit[field] !== expected) problems.push(`${unit.pcode}: ${field} is '${unit[field]}', expected '${expected}'`);
  };
  checkField('level', levelOfPcode(unit.pcode));
  checkField('ineiCode', ineiCodeFromPcode(unit.pcode));
  checkField('parentPcode', parentPcodeOf(unit.pcode));
  checkField('departmentPcode', departmentPcodeOf(unit.pcode));
  if (!isIsoDate(unit.validFrom)) problems.push(`${unit.pcode}: validFrom '${unit.validFrom}' is not YYYY-MM-DD`);
  if (unit.validTo !== null && !(isIsoDate(unit.validTo) && unit.validTo >= unit.validFrom)) {
    problems.push(`${unit.pcode}: validTo '${unit.validTo}' is not a date on or after validFrom`);
  }
  return problems;
}

/** Pairs of distinct units that share a code and are valid on a common day. */
function overlaps(units: readonly AdminUnit[], codeOf: (unit: AdminUnit) => string | null, label: string): string[] {
  const byCode = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    const code = codeOf(unit);
    if (code !== null) byCode.set(code, [...(byCode.get(code) ?? []), unit]);
  }
  const problems: string[] = [];
  for (const [code, sharing] of byCode) {
    for (let first = 0; first < sharing.length; first++) {
      for (let second = first + 1; second < sharing.length; second++) {
        if (periodsOverlap(sharing[first], sharing[second])) {
          problems.push(`${label} ${code} is held by two units valid on the same days`);
        }
      }
    }
  }
  return problems;
}

function periodsOverlap(a: AdminUnit, b: AdminUnit): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}
