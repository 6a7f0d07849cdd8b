import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { SetTargetUseCase } from './set-target/set-target.use-case';
import { TargetsResolver } from './targets.resolver';

@Module({ imports: [IndicatorsModule], providers: [SetTargetUseCase, TargetsResolver], exports: [SetTargetUseCase] })
export class TargetsModule {}
