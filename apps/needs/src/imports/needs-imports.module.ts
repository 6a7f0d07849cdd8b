import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module';
import { ImportNeedsRoundUseCase } from './import-needs-round.use-case';
import { NeedsImportsResolver } from './needs-imports.resolver';

/** Needs-analysis rounds imported from files (CSV, XLSX, HXL). */
@Module({
  imports: [RoundsModule],
  providers: [ImportNeedsRoundUseCase, NeedsImportsResolver],
  exports: [ImportNeedsRoundUseCase],
})
export class NeedsImportsModule {}
