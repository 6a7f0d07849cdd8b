import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { AssessmentSupersededV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { NEEDS_EVENT_SOURCE } from '../../shared/event-actor';
import { asIsoDay } from '../../shared/lima-date';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';
import { assertMayManageAssessment } from '../assessment-access';
import { loadAssessmentForChange } from '../assessment-loader';
import { AssessmentEntity } from '../assessment.entity';
import type { AssessmentModel } from '../assessment.model';
import { assessmentEventData, toAssessmentModel } from '../assessment-views';
import type { SupersedeAssessmentCommand } from './supersede-assessment.input';

/**
 * Marks a published assessment as replaced by a newer published one (the next round of a survey, a
 * new joint needs analysis). The older one stays on record, with its figures and source; the registry
 * and its event tell everyone to cite the newer one from now on.
 */
@Injectable()
export class SupersedeAssessmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(command: SupersedeAssessmentCommand, actor: Viewer, correlationId: string): Promise<AssessmentModel> {
    const superseded = await this.dataSource.transaction(async (manager) => {
      const current = await loadAssessmentForChange(manager, command.id, command.expectedVersion);
      assertMayManageAssessment(actor, current.leadOrganisationIds);
      const field = 'input.supersededByAssessmentId';
      if (command.supersededByAssessmentId === current.id) {
        throw needsError(NeedsErrorCode.SupersededByItself, 'An assessment cannot supersede itself', field);
      }
      if (current.status !== 'PUBLISHED') {
        throw needsError(NeedsErrorCode.NotPublished, `Assessment ${current.id} is not published yet`, 'input.id');
      }
      if (current.supersededByAssessmentId) {
        throw needsError(
          NeedsErrorCode.AlreadySuperseded,
          `Assessment ${current.id} was already superseded by ${current.supersededByAssessmentId}`,
          'input.id',
        );
      }
      const newer = await manager.findOneBy(AssessmentEntity, { id: command.supersededByAssessmentId });
      if (!newer) {
        throw needsError(
          NeedsErrorCode.AssessmentNotFound,
          `No assessment with id ${command.supersededByAssessmentId}`,
          field,
        );
      }
      if (newer.status !== 'PUBLISHED' || newer.supersededByAssessmentId) {
        throw needsError(
          NeedsErrorCode.NotPublished,
          `Assessment ${newer.id} is not a current published assessment: only one can supersede another`,
          field,
        );
      }
      if (asIsoDay(newer.collectionEnd) < asIsoDay(current.collectionEnd)) {
        throw needsError(
          NeedsErrorCode.SupersededByOlder,
          `Assessment ${newer.id} collected data until ${asIsoDay(newer.collectionEnd)}, before ${asIsoDay(current.collectionEnd)}: an older assessment does not supersede a newer one`,
          field,
        );
      }
      const now = new Date();
      const changed: AssessmentEntity = {
        ...current,
        supersededByAssessmentId: newer.id,
        supersededAt: now,
        updatedAt: now,
        version: current.version + 1,
      };
      await manager.save(AssessmentEntity, changed);
      await this.events.record(
        manager,
        TopicNames.needsAssessment,
        createCloudEvent(AssessmentSupersededV1, {
          subject: changed.id,
          source: NEEDS_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: now,
          data: {
            ...assessmentEventData(changed),
            supersededByAssessmentId: newer.id,
            supersededAt: now.toISOString(),
          },
        }),
      );
      return changed;
    });
    this.events.flush();
    return toAssessmentModel(superseded);
  }
}
