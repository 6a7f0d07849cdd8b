import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { CaseReader } from './case-reader';
import { CasesResolver } from './cases.resolver';
import { RegisterCaseUseCase } from './register-case/register-case.use-case';
import { SearchCasesQuery } from './search-cases/search-cases.query';
import { UpdateCaseUseCase } from './update-case/update-case.use-case';

/** Cases: a person or household under a pseudonymous id, personal data sealed, searchable blind. */
@Module({
  imports: [PersonalDataModule, AccessModule],
  providers: [RegisterCaseUseCase, UpdateCaseUseCase, SearchCasesQuery, CaseReader, CasesResolver],
  exports: [RegisterCaseUseCase, UpdateCaseUseCase, SearchCasesQuery],
})
export class CasesModule {}
