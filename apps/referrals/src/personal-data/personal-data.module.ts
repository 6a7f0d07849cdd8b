import { Module } from '@nestjs/common';
import { MasterKeyRing } from './master-keys';
import { PersonalDataVault } from './personal-data-vault';

/** The vault, with the master keys read (and checked) from the environment when the service starts. */
@Module({
  providers: [{ provide: MasterKeyRing, useFactory: () => MasterKeyRing.fromEnvironment() }, PersonalDataVault],
  exports: [PersonalDataVault],
})
export class PersonalDataModule {}
