import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { AccessLogResolver } from './access.resolver';
import { PersonalDataAccessLogQuery } from './audit-log/personal-data-access-log.query';
import { ReadPersonalDataUseCase } from './read-personal-data/read-personal-data.use-case';

/** Who reads personal data, and the audit trail of every read. */
@Module({
  imports: [PersonalDataModule],
  providers: [ReadPersonalDataUseCase, PersonalDataAccessLogQuery, AccessLogResolver],
  exports: [ReadPersonalDataUseCase, PersonalDataAccessLogQuery],
})
export class AccessModule {}
