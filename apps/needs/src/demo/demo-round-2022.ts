import { POPULATION_GROUPS } from '@coordination/taxonomies';
import type { PublishNeedsRoundCommand } from '../rounds/publish-round/publish-needs-round.input';
import { apportion } from './apportion';
import { GROUP_WEIGHTS, ON_THE_MOVE_WEIGHTS, RESIDENT_WEIGHTS, SEX_AGE_WEIGHTS } from './demo-needs-weights';

/** Fixed, so loading the demo twice finds the round already there. */
export const DEMO_ROUND_ID = '5d6b0f5e-2022-4a1e-9c00-000000002022';
export const DEMO_ANALYSIS_CODE = 'GTRM-JNA';

/**
 * People in need in 2022 by sector, Peru, from the working group's joint needs analysis as quoted in
 * IOM Peru's country strategy 2022-2026 (shared/docs/DOMAIN.md). Shelter is published rounded (~1M).
 */
export const PUBLISHED_PEOPLE_IN_NEED_2022: Readonly<Record<string, number>> = {
  SHE: 1_000_000,
  WSH: 762_000,
  FSC: 1_490_000,
  HTR: 443_000,
  HEA: 1_340_000,
  EDU: 763_000,
  PRO: 907_000,
  NUT: 383_000,
  INT: 1_370_000,
};

function departmentWeights(group: string): Readonly<Record<string, number>> {
  return group === 'IN_TRANSIT' || group === 'PENDULAR' ? ON_THE_MOVE_WEIGHTS : RESIDENT_WEIGHTS;
}

/** Worse where needs concentrate: the capital and the border crossings. */
function severityPhase(pcode: string, group: string): number {
  if (group === 'IN_TRANSIT' || group === 'PENDULAR') return pcode === 'PE24' || pcode === 'PE23' ? 4 : 3;
  if (pcode === 'PE15' || pcode === 'PE07' || pcode === 'PE24') return 4;
  return (RESIDENT_WEIGHTS[pcode] ?? 0) >= 12 ? 3 : 2;
}

/**
 * The 2022 round of the demo: each sector's published national figure spread over population groups,
 * then departments, then sex and age, always by largest remainder, so every level adds up exactly to
 * the published table. The spread is plausible, not published: the source says so.
 */
export function demoRound2022(): PublishNeedsRoundCommand {
  const peopleInNeed: PublishNeedsRoundCommand['peopleInNeed'] = [];
  const severity = new Map<string, NonNullable<PublishNeedsRoundCommand['severity']>[number]>();
  for (const [sector, total] of Object.entries(PUBLISHED_PEOPLE_IN_NEED_2022)) {
    const groupWeights = GROUP_WEIGHTS[sector] ?? GROUP_WEIGHTS.default;
    const byGroup = apportion(
      total,
      POPULATION_GROUPS.map((group) => groupWeights[group]),
    );
    POPULATION_GROUPS.forEach((group, groupIndex) => {
      const weights = departmentWeights(group);
      const departments = Object.keys(weights).sort();
      const byDepartment = apportion(
        byGroup[groupIndex],
        departments.map((pcode) => weights[pcode]),
      );
      departments.forEach((pcode, index) => {
        const figure = byDepartment[index];
        if (figure === 0) return;
        const [girls, boys, women, men, unknown] = apportion(figure, SEX_AGE_WEIGHTS[group]);
        peopleInNeed.push({
          sector,
          pcode,
          populationGroup: group,
          peopleInNeed: figure,
          cells: { girls, boys, women, men, unknown },
        });
        severity.set(`${pcode}|${group}`, { pcode, populationGroup: group, phase: severityPhase(pcode, group) });
      });
    });
  }
  return {
    id: DEMO_ROUND_ID,
    analysisCode: DEMO_ANALYSIS_CODE,
    title: 'GTRM joint needs analysis 2022',
    planYear: 2022,
    inForceFrom: '2022-01-01',
    source:
      'GTRM Peru joint needs analysis 2022, national people in need by sector as quoted in IOM Peru’s country ' +
      'strategy 2022-2026. Demo data: the split by department, population group, sex and age is illustrative.',
    methodology:
      'National totals as published. Spread by largest remainder over population groups, then departments ' +
      '(weighted by where refugees and migrants live; border departments for people on the move), then sex and age.',
    peopleInNeed,
    severity: [...severity.values()],
  };
}
