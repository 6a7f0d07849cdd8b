import { GraphQLError } from 'graphql';
import type { Viewer } from '@coordination/auth';
import type { AgreementRegistry } from './agreement-registry';

export const AGREEMENT_REVOKED = 'AUTH.AGREEMENT_REVOKED';

/**
 * An integrator's token names its agreement; once the gateway has heard that the agreement was
 * revoked, the token is refused even though its signature and expiry are still good.
 */
export function assertAgreementNotRevoked(viewer: Viewer | null, agreements: AgreementRegistry): void {
  if (viewer?.agreementId && agreements.status(viewer.agreementId) === 'revoked') {
    throw new GraphQLError('The data-sharing agreement behind this token was revoked', {
      extensions: { code: AGREEMENT_REVOKED },
    });
  }
}
