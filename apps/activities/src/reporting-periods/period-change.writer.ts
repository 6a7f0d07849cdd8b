import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ReportingPeriodChangeEntity } from './reporting-period-change.entity';
import { ReportingPeriodEntity } from './reporting-period.entity';

/** Moves a month to its new state and appends the change to its history, in the caller's transaction. */
export async function writePeriodChange(
  manager: EntityManager,
  change: { month: string; action: 'LOCKED' | 'REOPENED'; reason: string | null; at: Date },
  actor: Viewer,
): Promise<void> {
  await manager.upsert(
    ReportingPeriodEntity,
    {
      month: change.month,
      status: change.action === 'LOCKED' ? 'LOCKED' : 'OPEN',
      changedAt: change.at,
      changedBy: actor.userId,
      reason: change.reason,
    },
    ['month'],
  );
  await manager.insert(ReportingPeriodChangeEntity, {
    month: change.month,
    action: change.action,
    actorUserId: actor.userId,
    actorOrganisationId: actor.organisationId,
    at: change.at,
    reason: change.reason,
  });
}
