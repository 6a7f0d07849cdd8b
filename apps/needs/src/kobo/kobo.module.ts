import { Module } from '@nestjs/common';
import { KoboIntakeController } from './kobo-intake.controller';
import { KoboResolver } from './kobo.resolver';
import { ReceiveKoboSubmissionUseCase } from './receive-kobo-submission.use-case';
import { SetKoboFormMappingUseCase } from './set-kobo-form-mapping.use-case';

/** KoboToolbox intake: form mappings managed through GraphQL, submissions received over HTTP. */
@Module({
  controllers: [KoboIntakeController],
  providers: [ReceiveKoboSubmissionUseCase, SetKoboFormMappingUseCase, KoboResolver],
})
export class KoboModule {}
