import type { PopulationGroup } from '@coordination/taxonomies';
import { asIsoDay } from '../shared/lima-date';
import type { AssessmentEntity } from './assessment.entity';
import type { AssessmentModel } from './assessment.model';

/** The GraphQL view of an assessment. */
export function toAssessmentModel(assessment: AssessmentEntity): AssessmentModel {
  return {
    id: assessment.id,
    title: assessment.title,
    type: assessment.type,
    method: assessment.method,
    leadOrganisationIds: assessment.leadOrganisationIds,
    pcodes: assessment.pcodes,
    populationGroups: assessment.populationGroups as PopulationGroup[],
    sectors: assessment.sectors,
    collectionStart: asIsoDay(assessment.collectionStart),
    collectionEnd: asIsoDay(assessment.collectionEnd),
    status: assessment.status,
    sourceUrl: assessment.sourceUrl,
    planYear: assessment.planYear,
    version: assessment.version,
    registeredAt: assessment.registeredAt,
    publishedAt: assessment.publishedAt,
    supersededByAssessmentId: assessment.supersededByAssessmentId,
    supersededAt: assessment.supersededAt,
  };
}

/** What every assessment event carries: the whole assessment, without who typed it in. */
export function assessmentEventData(assessment: AssessmentEntity) {
  return {
    assessmentId: assessment.id,
    version: assessment.version,
    title: assessment.title,
    type: assessment.type,
    method: assessment.method,
    leadOrganisationIds: assessment.leadOrganisationIds,
    pcodes: assessment.pcodes,
    populationGroups: assessment.populationGroups,
    sectors: assessment.sectors,
    collectionStart: asIsoDay(assessment.collectionStart),
    collectionEnd: asIsoDay(assessment.collectionEnd),
    status: assessment.status,
    sourceUrl: assessment.sourceUrl,
    planYear: assessment.planYear,
  };
}
