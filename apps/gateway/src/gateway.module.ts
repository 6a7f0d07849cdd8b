import { Module, type DynamicModule } from '@nestjs/common';
import { AuthModule } from '@coordination/auth';
import { ObservabilityModule } from '@coordination/observability';
import { DevTokenController } from './auth/dev-token.controller';
import { FederatedGatewayService } from './federation/federated-gateway.service';
import type { GatewayConfig } from './gateway.config';
import { GatewayConfigToken } from './gateway.config.provider';

@Module({})
export class GatewayModule {
  static forConfig(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [ObservabilityModule, AuthModule.forRoot(config.auth)],
      controllers: [DevTokenController],
      providers: [{ provide: GatewayConfigToken, useValue: config }, FederatedGatewayService],
    };
  }
}
