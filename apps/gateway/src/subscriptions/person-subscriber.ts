import { GraphQLError } from 'graphql';
import { AuthErrorCode, type Viewer } from '@coordination/auth';

/**
 * Subscriptions for people's screens: an authenticated connection of a user, not of an integrator
 * client (integrators receive events through `platformEvents`, bounded by their agreement).
 */
export function assertPersonSubscriber(viewer: Viewer | null, what: string): asserts viewer is Viewer {
  if (!viewer) {
    throw new GraphQLError('Subscriptions need an authenticated connection', {
      extensions: { code: AuthErrorCode.Unauthenticated },
    });
  }
  if (viewer.agreementId) {
    throw new GraphQLError(`Integrators follow ${what} through platformEvents`, {
      extensions: { code: AuthErrorCode.Forbidden },
    });
  }
}
