import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthErrorCode, authError, authorize, type ProtectedResource, type Viewer } from '@coordination/auth';
import { TargetSetV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import type { IndicatorEntity } from '../../indicators/indicator.entity';
import { IndicatorCatalogue } from '../../indicators/indicator-catalogue';
import { OrganisationReplicaEntity } from '@coordination/directory-replica';
import { ACTIVITIES_EVENT_SOURCE } from '../../shared/event-actor';
import { firstMonthOf, lastMonthOf } from '../../shared/months';
import { placeInMonth } from '../../shared/places';
import { ActivityTargetEntity } from '../activity-target.entity';
import type { ActivityTargetModel } from '../activity-target.model';
import { TargetErrors } from '../target.errors';
import type { SetTargetCommand } from './set-target.input';

/**
 * Partners plan their own targets and sector coordinators those of their sector (and region): the
 * target belongs to the partner, but the coordinator agrees it in the sector's plan.
 */
function assertMaySetTarget(actor: Viewer, resource: ProtectedResource): void {
  const asPartner = authorize(actor, 'update', resource);
  if (asPartner.allowed || authorize(actor, 'approve', resource).allowed) return;
  throw authError(AuthErrorCode.Forbidden, `Not allowed: ${asPartner.reason}`);
}

/** Sets or replaces a target. Setting the same quantity again changes nothing and publishes nothing. */
@Injectable()
export class SetTargetUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly indicators: IndicatorCatalogue,
  ) {}

  async execute(command: SetTargetCommand, actor: Viewer, correlationId: string): Promise<ActivityTargetModel> {
    const { planYear, pcode, organisationId } = command;
    const indicator = await this.indicators.find(planYear, command.indicatorCode);
    if (!indicator) throw TargetErrors.unknownIndicator(command.indicatorCode, planYear);
    const place = placeInMonth(pcode, firstMonthOf(planYear)) ?? placeInMonth(pcode, lastMonthOf(planYear));
    if (!place) throw TargetErrors.unknownPlace(pcode, planYear);
    assertMaySetTarget(actor, { organisationId, sector: indicator.sector, regionPcode: place.pcode });
    const target = await this.dataSource.transaction(async (manager) => {
      await assertActiveOrganisation(manager, organisationId);
      const existing = await manager.findOne(ActivityTargetEntity, {
        where: { organisationId, indicatorCode: indicator.code, pcode: place.pcode, planYear },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing?.quantity === command.quantity) return existing;
      const now = new Date();
      const saved: ActivityTargetEntity = {
        id: existing?.id ?? randomUUID(),
        organisationId,
        indicatorCode: indicator.code,
        planYear,
        pcode: place.pcode,
        placeLevel: place.level,
        departmentPcode: place.departmentPcode,
        provincePcode: place.provincePcode,
        quantity: command.quantity,
        version: (existing?.version ?? 0) + 1,
        setAt: now,
        setBy: actor.userId,
      };
      await manager.save(ActivityTargetEntity, saved);
      await this.events.record(
        manager,
        TopicNames.activitiesTarget,
        createCloudEvent(TargetSetV1, {
          subject: saved.id,
          source: ACTIVITIES_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: now,
          data: {
            targetId: saved.id,
            organisationId,
            indicatorCode: indicator.code,
            sector: indicator.sector,
            subSector: indicator.subSector,
            unit: indicator.unit,
            aggregation: indicator.aggregation,
            planYear,
            pcode: place.pcode,
            placeLevel: place.level,
            departmentPcode: place.departmentPcode,
            provincePcode: place.provincePcode,
            districtPcode: place.districtPcode,
            quantity: saved.quantity,
            previousQuantity: existing?.quantity ?? null,
            version: saved.version,
            setAt: now.toISOString(),
          },
        }),
      );
      return saved;
    });
    this.events.flush();
    return toTargetModel(target, indicator);
  }
}

async function assertActiveOrganisation(manager: EntityManager, id: string): Promise<void> {
  const organisation = await manager.findOneBy(OrganisationReplicaEntity, { id });
  if (organisation?.status !== 'ACTIVE') throw TargetErrors.unknownOrganisation(id);
}

export function toTargetModel(target: ActivityTargetEntity, indicator: IndicatorEntity): ActivityTargetModel {
  return {
    id: target.id,
    organisationId: target.organisationId,
    indicatorCode: target.indicatorCode,
    sector: indicator.sector,
    planYear: target.planYear,
    pcode: target.pcode,
    placeLevel: target.placeLevel,
    quantity: target.quantity,
    version: target.version,
    setAt: target.setAt,
  };
}
