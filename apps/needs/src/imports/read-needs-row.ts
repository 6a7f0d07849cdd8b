import { GraphQLError } from 'graphql';
import { RowCells, choiceMap, type ImportProblem, type RowCellsContext } from '@coordination/imports';
import { parseInteger, type TableRow } from '@coordination/tabular';
import {
  POPULATION_GROUPS,
  POPULATION_GROUP_LABELS,
  SECTOR_TAXONOMY,
  type PopulationGroup,
} from '@coordination/taxonomies';
import { NeedsErrorCode } from '../shared/needs.errors';
import { needsPlaceOf } from '../shared/needs-places';
import type {
  PeopleInNeedFigureCommand,
  SeverityFigureCommand,
} from '../rounds/publish-round/publish-needs-round.input';
import type { NeedsTableFieldName } from './needs-table-fields';

const POPULATION_GROUP_CHOICES = choiceMap(POPULATION_GROUPS, POPULATION_GROUP_LABELS);

export interface NeedsRowContext extends RowCellsContext {
  planYear: number;
  /** The day the round comes into force: places are checked as they stood then. */
  inForceFrom: string;
}

/** What one row of the file gives the round, and the column its place was read from. */
export interface ReadNeedsRow {
  peopleInNeed: PeopleInNeedFigureCommand | null;
  severity: SeverityFigureCommand | null;
  placeField: NeedsTableFieldName;
}

/**
 * Reads one row into a people-in-need figure and/or a severity phase, or every problem of the row.
 * The round's own checks (cells adding up, duplicates, overlapping places) run on the whole round
 * afterwards, with their problems mapped back to the rows.
 */
export function readNeedsRow(row: TableRow, context: NeedsRowContext): ReadNeedsRow | ImportProblem[] {
  const cells = new RowCells<NeedsTableFieldName>(row, context);
  const placeField: NeedsTableFieldName = cells.text('adm2Code') !== null ? 'adm2Code' : 'adm1Code';
  const pcode = cells.required(placeField, cells.text(placeField)?.trim().toUpperCase() ?? null);
  if (pcode !== null) {
    try {
      needsPlaceOf(pcode, context.inForceFrom, placeField);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      cells.problem(placeField, String(error.extensions.code), error.message);
    }
  }
  const populationGroup = cells.required('populationGroup', cells.chosen('populationGroup', POPULATION_GROUP_CHOICES));
  const sector = cells.text('sector')?.trim().toUpperCase() ?? null;
  if (sector !== null && SECTOR_TAXONOMY.checkSectorPair(sector, null, context.planYear)) {
    cells.problem('sector', NeedsErrorCode.UnknownSector, `Unknown sector ${sector} in plan year ${context.planYear}`);
  }
  const peopleInNeed = cells.count('peopleInNeed');
  const sexAge = {
    girls: cells.count('girls'),
    boys: cells.count('boys'),
    women: cells.count('women'),
    men: cells.count('men'),
    unknown: cells.count('unknown'),
  };
  const affectedPopulation = cells.count('affected');
  const baselinePopulation = cells.count('population');
  const severity = cells.value(
    'severity',
    parseInteger(cells.text('severity'), cells.cellAt('severity'), context.numberFormat),
  );
  if (severity !== null && (severity < 1 || severity > 5)) {
    cells.problem('severity', NeedsErrorCode.SeverityOutOfRange, `Severity phases go from 1 to 5, not ${severity}`);
  }
  const givesPeopleInNeed = sector !== null || peopleInNeed !== null;
  if (givesPeopleInNeed) {
    cells.required('sector', sector);
    cells.required('peopleInNeed', peopleInNeed);
  } else if (severity === null && cells.text('severity') === null) {
    cells.problem(
      'peopleInNeed',
      'IMPORT.MISSING_VALUE',
      'A row gives people in need (with its sector), a severity phase, or both',
    );
  }
  if (cells.problems.length > 0) return cells.problems;
  const place = pcode as string;
  const group = populationGroup as PopulationGroup;
  return {
    placeField,
    peopleInNeed: givesPeopleInNeed
      ? {
          sector: sector as string,
          pcode: place,
          populationGroup: group,
          peopleInNeed: peopleInNeed as number,
          // Cells left empty are people whose sex or age the analysis did not give.
          cells: {
            girls: sexAge.girls ?? 0,
            boys: sexAge.boys ?? 0,
            women: sexAge.women ?? 0,
            men: sexAge.men ?? 0,
            unknown: sexAge.unknown ?? unassigned(peopleInNeed as number, sexAge),
          },
          affectedPopulation,
          baselinePopulation,
        }
      : null,
    severity: severity === null ? null : { pcode: place, populationGroup: group, phase: severity },
  };
}

/** With no `unknown` column, whatever the four cells leave of the total; never negative (the sum check says why). */
function unassigned(total: number, cells: Record<'girls' | 'boys' | 'women' | 'men', number | null>): number {
  const known = (cells.girls ?? 0) + (cells.boys ?? 0) + (cells.women ?? 0) + (cells.men ?? 0);
  return Math.max(0, total - known);
}
