import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { ReadinessRegistry } from './readiness.registry';

@Global()
@Module({
  controllers: [HealthController, MetricsController],
  providers: [ReadinessRegistry],
  exports: [ReadinessRegistry],
})
export class ObservabilityModule {}
