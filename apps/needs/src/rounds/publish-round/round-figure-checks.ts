import { DisaggregationProblemCodes, SECTOR_TAXONOMY, checkPeopleCount } from '@coordination/taxonomies';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';
import { needsPlaceOf, type NeedsPlace } from '../../shared/needs-places';
import type {
  PeopleInNeedFigureCommand,
  PublishNeedsRoundCommand,
  SeverityFigureCommand,
} from './publish-needs-round.input';

export interface CheckedPeopleInNeed extends PeopleInNeedFigureCommand {
  place: NeedsPlace;
}

export interface CheckedSeverity extends SeverityFigureCommand {
  place: NeedsPlace;
}

export interface CheckedFigures {
  peopleInNeed: CheckedPeopleInNeed[];
  severity: CheckedSeverity[];
}

const CELL_FIELDS = ['girls', 'boys', 'women', 'men', 'unknown'] as const;

function assertNotNegative(value: number | null | undefined, field: string): void {
  if (value !== null && value !== undefined && value < 0) {
    throw needsError(NeedsErrorCode.NegativeFigure, `A count of people cannot be negative (${value})`, field);
  }
}

function checkPeopleInNeed(figure: PeopleInNeedFigureCommand, index: number, planYear: number, day: string) {
  const at = `input.peopleInNeed.${index}`;
  if (SECTOR_TAXONOMY.checkSectorPair(figure.sector, null, planYear)) {
    throw needsError(
      NeedsErrorCode.UnknownSector,
      `Unknown sector ${figure.sector} in plan year ${planYear}`,
      `${at}.sector`,
    );
  }
  const place = needsPlaceOf(figure.pcode, day, `${at}.pcode`);
  assertNotNegative(figure.peopleInNeed, `${at}.peopleInNeed`);
  for (const cell of CELL_FIELDS) assertNotNegative(figure.cells[cell], `${at}.cells.${cell}`);
  assertNotNegative(figure.affectedPopulation, `${at}.affectedPopulation`);
  assertNotNegative(figure.baselinePopulation, `${at}.baselinePopulation`);
  const mismatch = checkPeopleCount({ total: figure.peopleInNeed, cells: figure.cells }).find(
    (problem) => problem.code === DisaggregationProblemCodes.sumMismatch,
  );
  if (mismatch) {
    throw needsError(
      NeedsErrorCode.CellsDoNotAddUp,
      `${mismatch.message} (people in need of ${figure.sector} at ${figure.pcode})`,
      `${at}.cells`,
    );
  }
  return { ...figure, place };
}

function checkSeverity(figure: SeverityFigureCommand, index: number, day: string): CheckedSeverity {
  const at = `input.severity.${index}`;
  const place = needsPlaceOf(figure.pcode, day, `${at}.pcode`);
  if (figure.phase < 1 || figure.phase > 5) {
    throw needsError(
      NeedsErrorCode.SeverityOutOfRange,
      `Severity phases go from 1 to 5, not ${figure.phase}`,
      `${at}.phase`,
    );
  }
  return { ...figure, place };
}

/**
 * Refuses a figure that repeats another, or whose place contains or lies inside another's for the same
 * key: a department figure next to its provinces' figures would be counted twice when rolled up.
 */
function assertNoOverlap(
  figures: readonly { place: NeedsPlace }[],
  keyOf: (index: number) => string,
  fieldOf: (index: number) => string,
): void {
  const seen = new Map<string, { pcode: string; level: string }>();
  figures.forEach((figure, index) => {
    const key = keyOf(index);
    const { pcode, level, departmentPcode } = figure.place;
    if (seen.has(`${key}|${pcode}`)) {
      throw needsError(
        NeedsErrorCode.DuplicateFigure,
        `A figure for ${key} at ${pcode} is given twice`,
        fieldOf(index),
      );
    }
    const other = level === 'province' ? seen.get(`${key}|${departmentPcode}`) : undefined;
    const nested = level === 'department' ? seen.get(`${key}|inside:${pcode}`) : undefined;
    if (other || nested) {
      throw needsError(
        NeedsErrorCode.OverlappingPlaces,
        `${pcode} overlaps ${(other ?? nested)!.pcode} for ${key}: give figures per department or per province, not both`,
        fieldOf(index),
      );
    }
    seen.set(`${key}|${pcode}`, { pcode, level });
    if (level === 'province') seen.set(`${key}|inside:${departmentPcode}`, { pcode, level });
  });
}

/** Everything wrong with a round's figures, refused at the first problem with its precise code and field. */
export function checkRoundFigures(command: PublishNeedsRoundCommand, inForceFrom: string): CheckedFigures {
  const { planYear } = command;
  if (!SECTOR_TAXONOMY.planYears().includes(planYear)) {
    throw needsError(NeedsErrorCode.UnknownPlanYear, `No sector taxonomy for plan year ${planYear}`, 'input.planYear');
  }
  const peopleInNeed = command.peopleInNeed.map((figure, index) =>
    checkPeopleInNeed(figure, index, planYear, inForceFrom),
  );
  const severity = (command.severity ?? []).map((figure, index) => checkSeverity(figure, index, inForceFrom));
  assertNoOverlap(
    peopleInNeed,
    (index) => `${peopleInNeed[index].sector} ${peopleInNeed[index].populationGroup}`,
    (index) => `input.peopleInNeed.${index}.pcode`,
  );
  assertNoOverlap(
    severity,
    (index) => severity[index].populationGroup,
    (index) => `input.severity.${index}.pcode`,
  );
  return { peopleInNeed, severity };
}
