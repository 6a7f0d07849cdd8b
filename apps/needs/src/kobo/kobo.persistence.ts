import { AssessmentRecordEntity } from './assessment-record.entity';
import { KoboFormMappingEntity } from './kobo-form-mapping.entity';
import { CreateKoboIntake1765000000600 } from './migrations/1765000000600-create-kobo-intake';

/** Tables of the KoboToolbox intake (after the assessments they reference). */
export const KOBO_PERSISTENCE = {
  entities: [KoboFormMappingEntity, AssessmentRecordEntity],
  migrations: [CreateKoboIntake1765000000600],
};
