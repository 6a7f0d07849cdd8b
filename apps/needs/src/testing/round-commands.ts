import type { PublishNeedsRoundCommand } from '../rounds/publish-round/publish-needs-round.input';
import { publishNeedsRoundSchema } from '../rounds/publish-round/publish-needs-round.input';

type Figure = PublishNeedsRoundCommand['peopleInNeed'][number];

/** A people-in-need figure whose cells add up: a fifth of it in each cell, the rest unknown. */
export function pinFigure(
  sector: string,
  pcode: string,
  peopleInNeed: number,
  populationGroup = 'IN_DESTINATION',
): Figure {
  const fifth = Math.floor(peopleInNeed / 5);
  return {
    sector,
    pcode,
    populationGroup: populationGroup as Figure['populationGroup'],
    peopleInNeed,
    cells: { girls: fifth, boys: fifth, women: fifth, men: fifth, unknown: peopleInNeed - 4 * fifth },
  };
}

/**
 * A small valid round as the resolver would pass it (parsed by the input schema): Lima and Tumbes, two
 * sectors and multipurpose cash, in plan year 2025. Tests change what they need.
 */
export function roundCommand(
  analysisCode: string,
  overrides: Partial<PublishNeedsRoundCommand> = {},
): PublishNeedsRoundCommand {
  return publishNeedsRoundSchema.parse({
    analysisCode,
    title: `${analysisCode} round`,
    planYear: 2025,
    inForceFrom: '2025-01-01',
    source: 'Test needs analysis',
    peopleInNeed: [
      pinFigure('HEA', 'PE15', 1000),
      pinFigure('FSC', 'PE15', 1500),
      pinFigure('MPC', 'PE15', 5000),
      pinFigure('HEA', 'PE24', 300),
      pinFigure('FSC', 'PE24', 200),
    ],
    severity: [
      { pcode: 'PE15', populationGroup: 'IN_DESTINATION', phase: 3 },
      { pcode: 'PE24', populationGroup: 'IN_DESTINATION', phase: 4 },
    ],
    ...overrides,
  });
}
