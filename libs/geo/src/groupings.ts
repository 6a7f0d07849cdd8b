import type { AdminLevel, AdminUnit } from './admin-unit';

/**
 * Named groupings used by reports. They are not administrative units: they have no P-code, and a unit
 * belongs to a grouping when it is a member or lies inside one.
 */
export const GROUPING_CODES = ['LIMA_METROPOLITANA', 'LIMA_REGION', 'LIMA_Y_CALLAO'] as const;
export type GroupingCode = (typeof GROUPING_CODES)[number];

export interface Grouping {
  readonly code: GroupingCode;
  readonly name: string;
  /** The largest units that make up the grouping (provinces or departments), sorted. */
  readonly memberPcodes: readonly string[];
  readonly description: string;
}

/** Values of the source's `region` column that the Lima groupings are read from. */
export const REGION_VALUES = {
  /** The province of Lima (PE1501). The source says `LIMA PROVINCIA`, not `LIMA METROPOLITANA`. */
  limaMetropolitana: 'LIMA PROVINCIA',
  limaRegion: 'LIMA REGION',
  callao: 'CALLAO',
} as const;

/** Derives the groupings from the units' `region` values, so they follow the data rather than a list. */
export function deriveGroupings(units: readonly AdminUnit[]): Grouping[] {
  const limaMetropolitana = pcodesWhere(units, 'province', REGION_VALUES.limaMetropolitana);
  const callao = pcodesWhere(units, 'department', REGION_VALUES.callao);
  return [
    {
      code: 'LIMA_METROPOLITANA',
      name: 'Lima Metropolitana',
      memberPcodes: limaMetropolitana,
      description:
        'The province of Lima, governed by the Metropolitan Municipality of Lima (ISO 3166-2 PE-LMA); ' +
        `region '${REGION_VALUES.limaMetropolitana}' in the source.`,
    },
    {
      code: 'LIMA_REGION',
      name: 'Lima Región',
      memberPcodes: pcodesWhere(units, 'province', REGION_VALUES.limaRegion),
      description:
        'The provinces of the department of Lima other than the province of Lima, governed by the Regional ' +
        `Government of Lima (PE-LIM); region '${REGION_VALUES.limaRegion}' in the source.`,
    },
    {
      code: 'LIMA_Y_CALLAO',
      name: 'Lima y Callao',
      memberPcodes: [...limaMetropolitana, ...callao].sort(),
      description:
        'Lima Metropolitana plus the department of Callao: the capital area that reports usually show as one. ' +
        'Lima Región is not part of it.',
    },
  ];
}

/** True when the unit is a member of the grouping or lies inside a member (P-codes nest by prefix). */
export function isInGrouping(grouping: Grouping, pcode: string): boolean {
  return grouping.memberPcodes.some((member) => pcode.startsWith(member));
}

function pcodesWhere(units: readonly AdminUnit[], level: AdminLevel, region: string): string[] {
  const pcodes = units.filter((unit) => unit.level === level && unit.region === region).map((unit) => unit.pcode);
  return [...new Set(pcodes)].sort();
}
