import { Module } from '@nestjs/common';
import { IndicatorCatalogue } from './indicator-catalogue';
import { IndicatorsResolver } from './indicators.resolver';

@Module({ providers: [IndicatorCatalogue, IndicatorsResolver], exports: [IndicatorCatalogue] })
export class IndicatorsModule {}
