import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '@coordination/auth';
import { AssessmentPublishedV1, TopicNames, createCloudEvent } from '@coordination/contracts';
import { EventPublisher } from '@coordination/messaging';
import { NEEDS_EVENT_SOURCE } from '../../shared/event-actor';
import { NeedsErrorCode, needsError } from '../../shared/needs.errors';
import { assertMayManageAssessment } from '../assessment-access';
import { loadAssessmentForChange } from '../assessment-loader';
import { AssessmentEntity } from '../assessment.entity';
import type { AssessmentModel } from '../assessment.model';
import { assessmentEventData, toAssessmentModel } from '../assessment-views';
import type { PublishAssessmentCommand } from './publish-assessment.input';

/** Publishes an assessment's results: from then on it cites its source document. */
@Injectable()
export class PublishAssessmentUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
  ) {}

  async execute(command: PublishAssessmentCommand, actor: Viewer, correlationId: string): Promise<AssessmentModel> {
    const assessment = await this.dataSource.transaction(async (manager) => {
      const current = await loadAssessmentForChange(manager, command.id, command.expectedVersion);
      assertMayManageAssessment(actor, current.leadOrganisationIds);
      if (current.status === 'PUBLISHED') {
        throw needsError(NeedsErrorCode.AlreadyPublished, `Assessment ${current.id} is already published`, 'input.id');
      }
      const sourceUrl = command.sourceUrl ?? current.sourceUrl;
      if (!sourceUrl) {
        throw needsError(
          NeedsErrorCode.SourceRequired,
          'A published assessment links its source document: give sourceUrl',
          'input.sourceUrl',
        );
      }
      const now = new Date();
      const published: AssessmentEntity = {
        ...current,
        status: 'PUBLISHED',
        sourceUrl,
        publishedAt: now,
        updatedAt: now,
        version: current.version + 1,
      };
      await manager.save(AssessmentEntity, published);
      await this.events.record(
        manager,
        TopicNames.needsAssessment,
        createCloudEvent(AssessmentPublishedV1, {
          subject: published.id,
          source: NEEDS_EVENT_SOURCE,
          correlationId,
          actorOrg: actor.organisationId ?? undefined,
          time: now,
          data: { ...assessmentEventData(published), publishedAt: now.toISOString() },
        }),
      );
      return published;
    });
    this.events.flush();
    return toAssessmentModel(assessment);
  }
}
