import type { NextFunction, Request, Response } from 'express';
import type { TokenVerifier, Viewer } from '@coordination/auth';
import { GraphQLError } from 'graphql';
import type { AgreementRegistry } from '../integrators/agreement-registry';
import { assertAgreementNotRevoked } from '../integrators/revoked-agreement-check';

export type RequestWithViewer = Request & { viewer?: Viewer | null };

/**
 * Rejects a bad bearer token at the door with 401 and a stable code; a request without a token
 * goes on as anonymous, and each subgraph decides what an anonymous caller may do.
 */
export function bearerTokenMiddleware(verifier: TokenVerifier, agreements: AgreementRegistry) {
  return async (request: RequestWithViewer, response: Response, next: NextFunction): Promise<void> => {
    try {
      request.viewer = await verifier.viewerFromHeader(request.headers.authorization);
      assertAgreementNotRevoked(request.viewer, agreements);
      next();
    } catch (error) {
      const graphQLError =
        error instanceof GraphQLError
          ? error
          : new GraphQLError('Bearer token rejected', { extensions: { code: 'AUTH.INVALID_TOKEN' } });
      response.status(401).json({ errors: [{ message: graphQLError.message, extensions: graphQLError.extensions }] });
    }
  };
}
