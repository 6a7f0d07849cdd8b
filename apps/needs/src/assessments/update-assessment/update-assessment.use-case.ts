import { Injectable } from '@nestjs/common';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { AssessmentUpdatedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { NEEDS_EVENT_SOURCE } from '../../shared/event-actor';
import { asIsoDay } from '../../shared/lima-date';
import { assertMayManageAssessment } from '../assessment-access';
import { checkAssessmentReferences } from '../assessment-checks';
import { loadAssessmentForChange } from '../assessment-loader';
import { AssessmentEntity } from '../assessment.entity';
import type { AssessmentModel } from '../assessment.model';
import { assessmentEventData, toAssessmentModel } from '../assessment-views';
import type { UpdateAssessmentCommand } from './update-assessment.input';

const EDITABLE_FIELDS = [
  'title',
  'type',
  'method',
  'leadOrganisationIds',
  'pcodes',
  'populationGroups',
  'sectors',
  'collectionStart',
  'collectionEnd',
  'status',
  'sourceUrl',
] as const;

/** Changes the fields given. A change that changes nothing publishes nothing. */
@Injectable()
export class UpdateAssessmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(command: UpdateAssessmentCommand, actor: Viewer, correlationId: string): Promise<AssessmentModel> {
    const assessment = await this.dataSource.transaction(async (manager) => {
      const current = await loadAssessmentForChange(manager, command.id, command.expectedVersion);
      // The caller must manage the assessment as it is, and still lead it as it will be.
      assertMayManageAssessment(actor, current.leadOrganisationIds);
      // Dates are compared as days, whatever form the driver handed them back in.
      const before: AssessmentEntity = {
        ...current,
        collectionStart: asIsoDay(current.collectionStart),
        collectionEnd: asIsoDay(current.collectionEnd),
      };
      const next: AssessmentEntity = { ...before };
      for (const field of EDITABLE_FIELDS) {
        const value = command[field];
        if (value !== null && value !== undefined) Object.assign(next, { [field]: value });
      }
      // A published assessment stays published; its details may still be corrected.
      if (before.status === 'PUBLISHED') next.status = 'PUBLISHED';
      assertMayManageAssessment(actor, next.leadOrganisationIds);
      const changed = EDITABLE_FIELDS.filter((field) => !isDeepStrictEqual(next[field], before[field]));
      if (changed.length === 0) return current;
      await checkAssessmentReferences(manager, next);
      const now = new Date();
      next.version = current.version + 1;
      next.updatedAt = now;
      await manager.save(AssessmentEntity, next);
      await this.events.record(
        manager,
        TopicNames.needsAssessment,
        createCloudEvent(AssessmentUpdatedV1, {
          subject: next.id,
          source: NEEDS_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: now,
          data: { ...assessmentEventData(next), changedFields: changed, updatedAt: now.toISOString() },
        }),
      );
      return next;
    });
    this.events.flush();
    return toAssessmentModel(assessment);
  }
}
