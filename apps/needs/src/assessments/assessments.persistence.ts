import { AssessmentEntity } from './assessment.entity';
import { CreateAssessment1765000000200 } from './migrations/1765000000200-create-assessment';
import { AssessmentSupersession1767000000200 } from './migrations/1767000000200-assessment-supersession';

/** Tables of the assessment registry, registered by the needs data source. */
export const ASSESSMENTS_PERSISTENCE = {
  entities: [AssessmentEntity],
  migrations: [CreateAssessment1765000000200, AssessmentSupersession1767000000200],
};
