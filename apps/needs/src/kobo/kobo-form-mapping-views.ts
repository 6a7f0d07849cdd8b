import type { AssessmentRecordEntity } from './assessment-record.entity';
import type { AssessmentRecordModel } from './assessment-record.model';
import type { KoboFormMappingEntity } from './kobo-form-mapping.entity';
import type { KoboFormMappingModel } from './kobo-form-mapping.model';

export function intakePathOf(mappingId: string): string {
  return `/intake/kobo/${mappingId}`;
}

export function toKoboFormMappingModel(entity: KoboFormMappingEntity): KoboFormMappingModel {
  return {
    id: entity.id,
    assessmentId: entity.assessmentId,
    koboAssetUid: entity.koboAssetUid,
    mappingJson: JSON.stringify(entity.mapping),
    intakePath: intakePathOf(entity.id),
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function toAssessmentRecordModel(entity: AssessmentRecordEntity): AssessmentRecordModel {
  return {
    id: entity.id,
    assessmentId: entity.assessmentId,
    formMappingId: entity.formMappingId,
    revision: entity.revision,
    pcode: entity.pcode,
    populationGroup: entity.populationGroup,
    collectedOn: entity.collectedOn,
    valuesJson: JSON.stringify(entity.values),
    receivedAt: entity.receivedAt,
    updatedAt: entity.updatedAt,
  };
}
