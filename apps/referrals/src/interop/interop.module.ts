import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ExportReferralUseCase } from './export-referral.use-case';
import { ImportReferralUseCase } from './import-referral.use-case';
import { InteropResolver } from './interop.resolver';

/** Referral documents exchanged with other case-management systems. */
@Module({
  imports: [PersonalDataModule, CasesModule],
  providers: [ExportReferralUseCase, ImportReferralUseCase, InteropResolver],
  exports: [ExportReferralUseCase, ImportReferralUseCase],
})
export class InteropModule {}
