import type { NeedsPlaceLevel } from '@coordination/contracts';
import type { SeverityFigureEntity } from '../severity-figure.entity';
import { isWithin, placeAtLevel, type FigureScope } from './figure-scope';

/** How a severity row was obtained: as published for that place, or the worst phase of the provinces inside it. */
export type SeverityMethod = 'AS_PUBLISHED' | 'MAX_OVER_PROVINCES';

export interface SeverityRow {
  pcode: string;
  placeLevel: NeedsPlaceLevel;
  populationGroup: string;
  phase: number;
  method: SeverityMethod;
}

/**
 * Severity per place x population group at the scope's level. Phases are not quantities: a department
 * published per province takes the highest phase of its provinces, never a sum or an average.
 */
export function severityRows(
  figures: readonly SeverityFigureEntity[],
  scope: FigureScope,
  populationGroup: string | null | undefined,
): SeverityRow[] {
  const rows = new Map<string, SeverityRow>();
  for (const figure of figures) {
    if (populationGroup && figure.populationGroup !== populationGroup) continue;
    if (!isWithin(figure, scope.pcode)) continue;
    const pcode = placeAtLevel(figure, scope.level);
    if (pcode === null) continue;
    const key = `${pcode}|${figure.populationGroup}`;
    const method: SeverityMethod = figure.placeLevel === scope.level ? 'AS_PUBLISHED' : 'MAX_OVER_PROVINCES';
    const row = rows.get(key);
    if (!row) {
      rows.set(key, {
        pcode,
        placeLevel: scope.level,
        populationGroup: figure.populationGroup,
        phase: figure.phase,
        method,
      });
    } else {
      row.phase = Math.max(row.phase, figure.phase);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.pcode.localeCompare(b.pcode) || a.populationGroup.localeCompare(b.populationGroup),
  );
}
