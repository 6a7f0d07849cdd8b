import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Authenticated, CurrentViewer, type Viewer } from '@coordination/auth';
import { correlationIdOf, parseInput } from '@coordination/graphql';
import { ConsentModel, toConsentModel } from './consent.model';
import { RecordConsentInput, recordConsentSchema } from './record-consent/record-consent.input';
import { RecordConsentUseCase } from './record-consent/record-consent.use-case';
import { RevokeConsentInput, revokeConsentSchema } from './revoke-consent/revoke-consent.input';
import { RevokeConsentUseCase } from './revoke-consent/revoke-consent.use-case';

const CASE_WORKERS = ['PARTNER_REPORTER', 'PARTNER_ADMIN'] as const;

@Resolver(() => ConsentModel)
export class ConsentsResolver {
  constructor(
    private readonly recordUseCase: RecordConsentUseCase,
    private readonly revokeUseCase: RevokeConsentUseCase,
  ) {}

  @Mutation(() => ConsentModel, { description: 'Case workers of the organisation holding or serving the case.' })
  @Authenticated(...CASE_WORKERS)
  async recordConsent(
    @Args('input') input: RecordConsentInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ConsentModel> {
    return toConsentModel(await this.recordUseCase.execute(parseInput(recordConsentSchema, input), viewer));
  }

  @Mutation(() => ConsentModel, {
    description: 'Stops sharing under the consent, hides the data from receivers, tells holders to purge.',
  })
  @Authenticated(...CASE_WORKERS)
  async revokeConsent(
    @Args('input') input: RevokeConsentInput,
    @CurrentViewer() viewer: Viewer,
    @Context('req') request: Request,
  ): Promise<ConsentModel> {
    const command = parseInput(revokeConsentSchema, input);
    return toConsentModel(await this.revokeUseCase.execute(command, viewer, correlationIdOf(request)));
  }
}
