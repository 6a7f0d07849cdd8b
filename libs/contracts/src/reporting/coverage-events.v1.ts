import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { pcodeSchema } from '../directory/organisation-profile.schema';
import { sectorCodeSchema } from '../directory/user-events.v1';
import { TopicNames } from '../topics/topic-names';

/** What moved the read model: a 4W report, a target, or a needs round (people in need). */
export const COVERAGE_CHANGE_CAUSES = ['REPORT', 'TARGET', 'NEEDS_ROUND'] as const;

export const CoverageChangedV1 = defineEvent({
  type: 'org.coordination.reporting.coverage.changed.v1',
  topic: TopicNames.reportingCoverage,
  aggregate: 'coverage-cell',
  version: 1,
  description:
    'The reporting read model changed for a sector at a place (and month): screens showing that cell refetch it. ' +
    'A notice only: no figures, no people. A new needs round changes a whole plan year (sector and place null).',
  schema: z.object({
    planYear: z.number().int().min(2000).max(2100),
    /** 1-12; null when every month changed (a target, a needs round). */
    month: z.number().int().min(1).max(12).nullable(),
    /** Null when every sector changed (a needs round). */
    sector: sectorCodeSchema.nullable(),
    /** The place of the change (district, province or department); null when every place changed. */
    pcode: pcodeSchema.nullable(),
    departmentPcode: pcodeSchema.nullable(),
    cause: z.enum(COVERAGE_CHANGE_CAUSES),
  }),
});
