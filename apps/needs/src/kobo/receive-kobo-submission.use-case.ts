import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { opaqueSecretMatches } from '@coordination/auth';
import {
  AssessmentRecordReceivedV1,
  AssessmentRecordUpdatedV1,
  TopicNames,
  createCloudEvent,
} from '@coordination/contracts';
import { loadGazetteer } from '@coordination/geo';
import { isUuid } from '@coordination/graphql';
import { EventPublisher } from '@coordination/messaging';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { NEEDS_EVENT_SOURCE } from '../shared/event-actor';
import { AssessmentRecordEntity } from './assessment-record.entity';
import { KoboFormMappingEntity } from './kobo-form-mapping.entity';
import { KoboIntakeErrorCode, KoboIntakeRefusal } from './kobo-intake.errors';
import { mapKoboSubmission, type MappedRecord } from './map-kobo-submission';
import { presentedFormSecret } from './presented-form-secret';

export interface IntakeOutcome {
  /** CREATED: a new record; UPDATED: an edit replaced its values; UNCHANGED: a submission sent again. */
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED';
  recordId: string;
  revision: number;
}

const UNIQUE_VIOLATION = '23505';

function refuse(status: 400 | 401 | 404 | 409 | 422, code: KoboIntakeErrorCode, field: string | null, message: string) {
  return new KoboIntakeRefusal(status, [{ code, field, message }]);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Receives one KoboToolbox REST-service submission for a mapped form. Idempotent on the submission's
 * `_uuid`: the same submission sent again changes nothing; an edit (same `_uuid`, new
 * `meta/instanceID`) replaces the record's values and keeps the earlier revision. Everything is
 * checked before anything is written, and a refusal writes nothing.
 */
@Injectable()
export class ReceiveKoboSubmissionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(
    formId: string,
    headers: Record<string, string | string[] | undefined>,
    body: unknown,
  ): Promise<IntakeOutcome> {
    const mapping = isUuid(formId)
      ? await this.dataSource.manager.findOneBy(KoboFormMappingEntity, { id: formId })
      : null;
    if (!mapping)
      throw refuse(404, KoboIntakeErrorCode.UnknownForm, null, `No form mapping ${formId} on this platform`);
    const secret = presentedFormSecret(headers);
    if (!secret || !opaqueSecretMatches(secret, mapping.secretHash)) {
      throw refuse(401, KoboIntakeErrorCode.Unauthorized, null, 'Missing or wrong form secret');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw refuse(400, KoboIntakeErrorCode.InvalidPayload, null, 'The body must be a JSON object (a Kobo submission)');
    }
    const submission = body as Record<string, unknown>;
    const submissionUuid = text(submission._uuid);
    if (!submissionUuid) {
      throw refuse(400, KoboIntakeErrorCode.MissingUuid, '_uuid', 'The submission has no _uuid');
    }
    const formUid = text(submission._xform_id_string);
    if (formUid && formUid !== mapping.koboAssetUid) {
      throw refuse(
        422,
        KoboIntakeErrorCode.InvalidPayload,
        '_xform_id_string',
        `This endpoint receives form ${mapping.koboAssetUid}, not ${formUid}`,
      );
    }
    const instanceId = text(submission['meta/instanceID']) ?? `uuid:${submissionUuid}`;
    const deprecatedId = text(submission['meta/deprecatedID']);
    const assessment = await this.dataSource.manager.findOneByOrFail(AssessmentEntity, { id: mapping.assessmentId });
    const mapped = mapKoboSubmission(submission, mapping.mapping, loadGazetteer(), { pcodes: assessment.pcodes });
    if (!mapped.ok) throw new KoboIntakeRefusal(422, mapped.problems);

    const write = () =>
      this.dataSource.transaction((manager) =>
        this.store(manager, mapping, { submissionUuid, instanceId, deprecatedId }, mapped.record),
      );
    let outcome: IntakeOutcome;
    try {
      outcome = await write();
    } catch (error) {
      // Two deliveries of a new submission at once: the loser finds the winner's record on retry.
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      outcome = await write();
    }
    this.events.flush();
    return outcome;
  }

  private async store(
    manager: EntityManager,
    mapping: KoboFormMappingEntity,
    delivery: { submissionUuid: string; instanceId: string; deprecatedId: string | null },
    record: MappedRecord,
  ): Promise<IntakeOutcome> {
    const now = new Date();
    const current = await manager.findOne(AssessmentRecordEntity, {
      where: { formMappingId: mapping.id, submissionUuid: delivery.submissionUuid },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) {
      const created: AssessmentRecordEntity = {
        id: randomUUID(),
        assessmentId: mapping.assessmentId,
        formMappingId: mapping.id,
        submissionUuid: delivery.submissionUuid,
        instanceId: delivery.instanceId,
        revision: 1,
        ...record,
        receivedAt: now,
        updatedAt: now,
      };
      await manager.insert(AssessmentRecordEntity, created);
      await this.keepRevision(manager, created);
      await this.announce(manager, created, 'CREATED');
      return { outcome: 'CREATED', recordId: created.id, revision: 1 };
    }
    const seen: { revision: number }[] = await manager.query(
      `SELECT revision FROM assessment_record_revision WHERE record_id = $1 AND instance_id = $2`,
      [current.id, delivery.instanceId],
    );
    if (seen.length > 0) return { outcome: 'UNCHANGED', recordId: current.id, revision: current.revision };
    if (delivery.deprecatedId && delivery.deprecatedId !== current.instanceId) {
      const older: unknown[] = await manager.query(
        `SELECT 1 FROM assessment_record_revision WHERE record_id = $1 AND instance_id = $2`,
        [current.id, delivery.deprecatedId],
      );
      if (older.length > 0) {
        throw refuse(
          409,
          KoboIntakeErrorCode.StaleEdit,
          'meta/deprecatedID',
          `This edit replaces ${delivery.deprecatedId}, which a later edit already replaced; re-send the latest version`,
        );
      }
    }
    const updated: AssessmentRecordEntity = {
      ...current,
      ...record,
      instanceId: delivery.instanceId,
      revision: current.revision + 1,
      updatedAt: now,
    };
    await manager.save(AssessmentRecordEntity, updated);
    await this.keepRevision(manager, updated);
    await this.announce(manager, updated, 'UPDATED');
    return { outcome: 'UPDATED', recordId: updated.id, revision: updated.revision };
  }

  private async keepRevision(manager: EntityManager, record: AssessmentRecordEntity): Promise<void> {
    await manager.query(
      `INSERT INTO assessment_record_revision
              (record_id, revision, instance_id, pcode, population_group, collected_on, "values", received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        record.id,
        record.revision,
        record.instanceId,
        record.pcode,
        record.populationGroup,
        record.collectedOn,
        JSON.stringify(record.values),
        record.updatedAt,
      ],
    );
  }

  private async announce(
    manager: EntityManager,
    record: AssessmentRecordEntity,
    outcome: 'CREATED' | 'UPDATED',
  ): Promise<void> {
    const fields = {
      recordId: record.id,
      assessmentId: record.assessmentId,
      formMappingId: record.formMappingId,
      revision: record.revision,
      pcode: record.pcode,
      populationGroup: record.populationGroup,
      collectedOn: record.collectedOn,
      values: record.values,
    };
    const event =
      outcome === 'CREATED'
        ? createCloudEvent(AssessmentRecordReceivedV1, {
            subject: record.assessmentId,
            source: NEEDS_EVENT_SOURCE,
            time: record.updatedAt,
            data: { ...fields, receivedAt: record.receivedAt.toISOString() },
          })
        : createCloudEvent(AssessmentRecordUpdatedV1, {
            subject: record.assessmentId,
            source: NEEDS_EVENT_SOURCE,
            time: record.updatedAt,
            data: { ...fields, updatedAt: record.updatedAt.toISOString() },
          });
    await this.events.record(manager, TopicNames.needsAssessment, event);
  }
}
