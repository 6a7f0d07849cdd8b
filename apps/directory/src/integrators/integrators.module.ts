import { Module } from '@nestjs/common';
import { loadServiceConfig } from '@coordination/config';
import { ClientCredentialsController } from './client-credentials/client-credentials.controller';
import { IntegratorTokenSigner } from './client-credentials/integrator-token-signer';
import { GrantDataSharingAgreementUseCase } from './grant-agreement/grant-data-sharing-agreement.use-case';
import { IntegratorsResolver } from './integrators.resolver';
import { RegisterIntegratorClientUseCase } from './register-client/register-integrator-client.use-case';
import { RevokeDataSharingAgreementUseCase } from './revoke-agreement/revoke-data-sharing-agreement.use-case';

/** Integrator clients, their data-sharing agreements, and the client-credentials token endpoint. */
@Module({
  controllers: [ClientCredentialsController],
  providers: [
    {
      provide: IntegratorTokenSigner,
      useFactory: () => IntegratorTokenSigner.fromConfig(loadServiceConfig('directory').auth),
    },
    RegisterIntegratorClientUseCase,
    GrantDataSharingAgreementUseCase,
    RevokeDataSharingAgreementUseCase,
    IntegratorsResolver,
  ],
})
export class IntegratorsModule {}
