import { z } from 'zod';
import { defineEvent } from '../contract/define-event';
import { pcodeSchema } from '../directory/organisation-profile.schema';
import { sectorCodeSchema } from '../directory/user-events.v1';
import { TopicNames } from '../topics/topic-names';

/** Why a sector at a place is flagged: coverage under the coordinator's threshold, or people in need and nobody there. */
export const GAP_ALERT_REASONS = ['COVERAGE_BELOW_THRESHOLD', 'NO_PARTNER_PRESENT'] as const;

export type GapAlertReason = (typeof GAP_ALERT_REASONS)[number];

const gapAlertFields = {
  alertId: z.uuid(),
  reason: z.enum(GAP_ALERT_REASONS),
  planYear: z.number().int().min(2000).max(2100),
  /** The month whose figures were evaluated (consolidated from January to it). */
  month: z.number().int().min(1).max(12),
  sector: sectorCodeSchema,
  /** A department P-code. */
  pcode: pcodeSchema,
  peopleInNeed: z.number().int().nonnegative(),
  reachedConsolidated: z.number().int().nonnegative(),
  coveragePercent: z.number().nonnegative().nullable(),
  /** The threshold in force (percent); null for NO_PARTNER_PRESENT. */
  thresholdPercent: z.number().min(0).max(100).nullable(),
  partnersPresent: z.number().int().nonnegative(),
};

export const GapAlertRaisedV1 = defineEvent({
  type: 'org.coordination.reporting.gap.raised.v1',
  topic: TopicNames.reportingGap,
  aggregate: 'gap-alert',
  version: 1,
  description:
    'A sector at a department fell under the coverage threshold its coordinator set, or has people in need and ' +
    'no partner present. Aggregates only.',
  schema: z.object({ ...gapAlertFields, raisedAt: z.iso.datetime({ offset: true }) }),
});

export const GapAlertResolvedV1 = defineEvent({
  type: 'org.coordination.reporting.gap.resolved.v1',
  topic: TopicNames.reportingGap,
  aggregate: 'gap-alert',
  version: 1,
  description:
    'A gap alert no longer holds (coverage back over the threshold, or a partner present); carries the new figures.',
  schema: z.object({ ...gapAlertFields, resolvedAt: z.iso.datetime({ offset: true }) }),
});
