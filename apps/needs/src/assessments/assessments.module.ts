import { Module } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver';
import { PublishAssessmentUseCase } from './publish-assessment/publish-assessment.use-case';
import { RegisterAssessmentUseCase } from './register-assessment/register-assessment.use-case';
import { SupersedeAssessmentUseCase } from './supersede-assessment/supersede-assessment.use-case';
import { UpdateAssessmentUseCase } from './update-assessment/update-assessment.use-case';

const USE_CASES = [
  RegisterAssessmentUseCase,
  UpdateAssessmentUseCase,
  PublishAssessmentUseCase,
  SupersedeAssessmentUseCase,
];

@Module({
  providers: [...USE_CASES, AssessmentsResolver],
  exports: USE_CASES,
})
export class AssessmentsModule {}
