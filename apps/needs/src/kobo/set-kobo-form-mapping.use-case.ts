import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashOpaqueSecret, newOpaqueSecret, type Viewer } from '@coordination/auth';
import { assertMayManageAssessment } from '../assessments/assessment-access';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { actorId } from '../shared/event-actor';
import { NeedsErrorCode, needsError } from '../shared/needs.errors';
import { KoboFormMappingEntity } from './kobo-form-mapping.entity';
import type { KoboFormMappingRegistrationModel } from './kobo-form-mapping.model';
import { toKoboFormMappingModel } from './kobo-form-mapping-views';
import type { SetKoboFormMappingCommand } from './set-kobo-form-mapping.input';

/**
 * Who manages an assessment manages the forms that feed it. A new mapping gets a secret, shown once;
 * changing a mapping keeps the secret unless a rotation is asked for.
 */
@Injectable()
export class SetKoboFormMappingUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(command: SetKoboFormMappingCommand, actor: Viewer): Promise<KoboFormMappingRegistrationModel> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await manager.findOneBy(AssessmentEntity, { id: command.assessmentId });
      if (!assessment) {
        throw needsError(
          NeedsErrorCode.AssessmentNotFound,
          `No assessment ${command.assessmentId}`,
          'input.assessmentId',
        );
      }
      assertMayManageAssessment(actor, assessment.leadOrganisationIds);
      const sameForm = await manager.findOneBy(KoboFormMappingEntity, { koboAssetUid: command.koboAssetUid });
      if (sameForm && sameForm.id !== command.id) {
        throw needsError(
          NeedsErrorCode.IdConflict,
          `Form ${command.koboAssetUid} already feeds assessment ${sameForm.assessmentId} (mapping ${sameForm.id})`,
          'input.koboAssetUid',
        );
      }
      const now = new Date();
      const current = command.id
        ? await manager.findOne(KoboFormMappingEntity, {
            where: { id: command.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (command.id && !current) {
        throw needsError(NeedsErrorCode.IdConflict, `No form mapping ${command.id}`, 'input.id');
      }
      if (current && command.expectedVersion != null && command.expectedVersion !== current.version) {
        throw needsError(
          NeedsErrorCode.VersionConflict,
          `The mapping is at version ${current.version}, not ${command.expectedVersion}; reload it`,
          'input.expectedVersion',
        );
      }
      const secret = !current || command.rotateSecret ? newOpaqueSecret() : null;
      const saved: KoboFormMappingEntity = {
        id: current?.id ?? randomUUID(),
        assessmentId: command.assessmentId,
        koboAssetUid: command.koboAssetUid,
        secretHash: secret ? hashOpaqueSecret(secret) : current!.secretHash,
        mapping: command.mappingJson,
        version: (current?.version ?? 0) + 1,
        createdBy: current?.createdBy ?? actorId(actor),
        createdAt: current?.createdAt ?? now,
        updatedAt: now,
      };
      await manager.save(KoboFormMappingEntity, saved);
      return { formMapping: toKoboFormMappingModel(saved), secret };
    });
  }
}
