import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { invalidInput } from '@coordination/graphql';
import { ServiceEntity } from '../entities/service.entity';
import type { ServiceRecord } from '../reading/service-record';
import { ServiceRecordRepository } from '../reading/service-record.repository';
import { ServiceErrors } from '../service.errors';
import { ageRangeProblem } from '../writing/age-range';
import { LocationChangePropagation } from '../writing/location-change.propagation';
import { assertMayManageServicesOf } from '../writing/service-authorization';
import { ServiceEventRecorder } from '../writing/service-event.recorder';
import { checkedServiceParts } from '../writing/service-parts';
import { ServicePartsWriter } from '../writing/service-parts.writer';
import { ServiceReferenceData } from '../writing/service-reference-data';
import type { UpdateServiceCommand } from './update-service.input';

const SCALAR_FIELDS = [
  'name',
  'alternateName',
  'description',
  'url',
  'email',
  'status',
  'interpretationServices',
  'applicationProcess',
  'feesDescription',
  'eligibilityDescription',
  'minimumAge',
  'maximumAge',
  'assuredDate',
] as const satisfies readonly (keyof ServiceEntity & keyof UpdateServiceCommand)[];

/** The scalar fields the command sets (undefined: leave; null: clear). */
function scalarChanges(command: UpdateServiceCommand): Partial<ServiceEntity> {
  const changes: Record<string, unknown> = {};
  for (const field of SCALAR_FIELDS) {
    if (command[field] !== undefined) changes[field] = command[field];
  }
  return changes as Partial<ServiceEntity>;
}

/** Changes a published service, with ServiceChangedV1 carrying the whole summary after the change. */
@Injectable()
export class UpdateServiceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ServiceReferenceData,
    private readonly writer: ServicePartsWriter,
    private readonly records: ServiceRecordRepository,
    private readonly recorder: ServiceEventRecorder,
    private readonly propagation: LocationChangePropagation,
  ) {}

  async execute(command: UpdateServiceCommand, actor: Viewer, correlationId: string): Promise<ServiceRecord> {
    const parts = checkedServiceParts(command, this.referenceData);
    const changed = await this.dataSource.transaction(async (manager) => {
      // Locked: two updates of one service apply one after the other, each on the other's result.
      const service = await manager.findOne(ServiceEntity, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!service) throw ServiceErrors.notFound(command.id);
      assertMayManageServicesOf(actor, service.organisationId);
      const changes = scalarChanges(command);
      const problem = ageRangeProblem(
        changes.minimumAge !== undefined ? changes.minimumAge : service.minimumAge,
        changes.maximumAge !== undefined ? changes.maximumAge : service.maximumAge,
      );
      if (problem) {
        throw invalidInput([
          command.maximumAge !== undefined
            ? { field: 'input.maximumAge', message: problem }
            : { field: 'input.minimumAge', message: `must not be above maximumAge (${service.maximumAge})` },
        ]);
      }
      const now = new Date();
      await manager.update(
        ServiceEntity,
        { id: service.id },
        { ...changes, lastModified: now, lastModifiedBy: actor.userId },
      );
      const changedLocations = await this.writer.replace(manager, service, parts, now);
      const record = (await this.records.load(manager, service.id))!;
      await this.recorder.changed(manager, record, actor, correlationId);
      await this.propagation.touchServicesAt(manager, changedLocations, service.id, now, actor, correlationId);
      return record;
    });
    this.recorder.flush();
    return changed;
  }
}
