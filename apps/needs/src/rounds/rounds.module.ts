import { Module } from '@nestjs/common';
import { NeedsFiguresResolver } from './figures/needs-figures.resolver';
import { RoundFiguresReader } from './figures/round-figures.reader';
import { NeedsRoundsResolver } from './needs-rounds.resolver';
import { PublishNeedsRoundUseCase } from './publish-round/publish-needs-round.use-case';

@Module({
  providers: [PublishNeedsRoundUseCase, RoundFiguresReader, NeedsRoundsResolver, NeedsFiguresResolver],
  exports: [PublishNeedsRoundUseCase, RoundFiguresReader],
})
export class RoundsModule {}
