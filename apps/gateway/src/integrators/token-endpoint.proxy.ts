import { passThroughProxy } from '../federation/pass-through.proxy';

/** Token requests are a few hundred bytes; anything far larger is not one. */
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

/**
 * `POST /oauth/token` at the gateway, passed on to the directory, which issues integrators' tokens:
 * integrators then need only the gateway's address.
 */
export function tokenEndpointProxy(directoryGraphqlUrl: string) {
  const target = new URL('/oauth/token', directoryGraphqlUrl);
  return passThroughProxy({
    target: () => target,
    forwardHeaders: ['authorization'],
    maxBodyBytes: MAX_TOKEN_REQUEST_BYTES,
    unavailable: {
      error: 'temporarily_unavailable',
      error_description: 'the token service does not answer',
      code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
    },
  });
}
