import { passThroughProxy } from '../federation/pass-through.proxy';

/** Kobo submissions are small JSON documents (attachments are not sent to REST services). */
const MAX_SUBMISSION_BYTES = 1024 * 1024;

/**
 * `POST /intake/kobo/<form mapping id>` at the gateway, passed on to the needs service, so that a
 * KoboToolbox REST service is configured with the platform's public address. The form secret header
 * and basic authentication go through untouched; the needs service checks them.
 */
export function koboIntakeProxy(needsGraphqlUrl: string) {
  return passThroughProxy({
    // Mounted at /intake/kobo: request.path is what follows, e.g. /3f0c...; nothing else is reachable.
    target: (request) =>
      new URL(`/intake/kobo/${encodeURIComponent(request.path.replace(/^\//, ''))}`, needsGraphqlUrl),
    forwardHeaders: ['authorization', 'x-kobo-secret'],
    maxBodyBytes: MAX_SUBMISSION_BYTES,
    unavailable: {
      code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
      message: 'the needs service does not answer; KoboToolbox will retry',
    },
  });
}
