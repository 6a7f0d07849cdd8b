import { Module } from '@nestjs/common';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ConsentsResolver } from './consents.resolver';
import { RecordConsentUseCase } from './record-consent/record-consent.use-case';
import { RevokeConsentUseCase } from './revoke-consent/revoke-consent.use-case';

/** Consents recorded before referrals are sent, and their revocation. */
@Module({
  imports: [PersonalDataModule],
  providers: [RecordConsentUseCase, RevokeConsentUseCase, ConsentsResolver],
  exports: [RecordConsentUseCase, RevokeConsentUseCase],
})
export class ConsentsModule {}
