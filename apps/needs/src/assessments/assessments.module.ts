import { Module } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver';
import { PublishAssessmentUseCase } from './publish-assessment/publish-assessment.use-case';
import { RegisterAssessmentUseCase } from './register-assessment/register-assessment.use-case';
import { UpdateAssessmentUseCase } from './update-assessment/update-assessment.use-case';

@Module({
  providers: [RegisterAssessmentUseCase, UpdateAssessmentUseCase, PublishAssessmentUseCase, AssessmentsResolver],
  exports: [RegisterAssessmentUseCase, UpdateAssessmentUseCase, PublishAssessmentUseCase],
})
export class AssessmentsModule {}
