import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { ServiceEntity } from '../entities/service.entity';
import { ServiceRecordRepository } from '../reading/service-record.repository';
import { ServiceEventRecorder } from './service-event.recorder';

/**
 * A location shared by several services changed (its address, coordinates...): every other service
 * shown there changed as well, so their `last_modified` moves (HSDS sync picks them up) and each
 * gets a ServiceChangedV1.
 */
@Injectable()
export class LocationChangePropagation {
  constructor(
    private readonly records: ServiceRecordRepository,
    private readonly recorder: ServiceEventRecorder,
  ) {}

  async touchServicesAt(
    manager: EntityManager,
    locationIds: readonly string[],
    changedServiceId: string,
    now: Date,
    actor: Viewer,
    correlationId: string,
  ): Promise<void> {
    if (locationIds.length === 0) return;
    const rows: { service_id: string }[] = await manager.query(
      `SELECT DISTINCT service_id FROM service_at_location
        WHERE location_id = ANY($1::uuid[]) AND service_id <> $2 ORDER BY service_id`,
      [locationIds, changedServiceId],
    );
    const serviceIds = rows.map((row) => row.service_id);
    if (serviceIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(ServiceEntity)
      .set({ lastModified: now, lastModifiedBy: actor.userId })
      .where('id IN (:...serviceIds)', { serviceIds })
      .execute();
    for (const record of await this.records.loadMany(manager, serviceIds)) {
      await this.recorder.changed(manager, record, actor, correlationId);
    }
  }
}
