import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { AssessmentRegisteredV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { NEEDS_EVENT_SOURCE, actorId } from '../../shared/event-actor';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';
import { assertMayManageAssessment } from '../assessment-access';
import { checkAssessmentReferences } from '../assessment-checks';
import { AssessmentEntity } from '../assessment.entity';
import type { AssessmentModel } from '../assessment.model';
import { assessmentEventData, toAssessmentModel } from '../assessment-views';
import type { RegisterAssessmentCommand } from './register-assessment.input';

/** Adds an assessment to the registry. Repeating a call with the same id returns the assessment already there. */
@Injectable()
export class RegisterAssessmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(command: RegisterAssessmentCommand, actor: Viewer, correlationId: string): Promise<AssessmentModel> {
    assertMayManageAssessment(actor, command.leadOrganisationIds);
    const id = command.id ?? randomUUID();
    const assessment = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(AssessmentEntity, { id });
      if (existing) {
        if (existing.title !== command.title) {
          throw needsError(NeedsErrorCode.IdConflict, `Assessment ${id} exists with other details`, 'input.id');
        }
        return existing;
      }
      await checkAssessmentReferences(manager, command);
      const now = new Date();
      const created: AssessmentEntity = {
        id,
        title: command.title,
        type: command.type,
        method: command.method,
        leadOrganisationIds: [...new Set(command.leadOrganisationIds)],
        pcodes: [...new Set(command.pcodes)],
        populationGroups: [...new Set(command.populationGroups)],
        sectors: [...new Set(command.sectors)],
        collectionStart: command.collectionStart,
        collectionEnd: command.collectionEnd,
        status: command.status,
        sourceUrl: command.sourceUrl,
        planYear: command.planYear,
        version: 1,
        registeredAt: now,
        registeredBy: actorId(actor),
        updatedAt: now,
        publishedAt: null,
        supersededByAssessmentId: null,
        supersededAt: null,
      };
      await manager.insert(AssessmentEntity, created);
      await this.events.record(
        manager,
        TopicNames.needsAssessment,
        createCloudEvent(AssessmentRegisteredV1, {
          subject: id,
          source: NEEDS_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: now,
          data: { ...assessmentEventData(created), registeredAt: now.toISOString() },
        }),
      );
      return created;
    });
    this.events.flush();
    return toAssessmentModel(assessment);
  }
}
