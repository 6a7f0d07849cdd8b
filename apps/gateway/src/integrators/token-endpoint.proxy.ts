import type { Request, Response } from 'express';

/**
 * `POST /oauth/token` at the gateway, passed on to the directory, which issues integrators' tokens:
 * integrators then need only the gateway's address.
 */
export function tokenEndpointProxy(directoryGraphqlUrl: string) {
  const target = new URL('/oauth/token', directoryGraphqlUrl);
  return async (request: Request, response: Response): Promise<void> => {
    if (request.method !== 'POST') {
      response
        .status(405)
        .setHeader('Allow', 'POST')
        .json({ error: 'invalid_request', code: 'HTTP.METHOD_NOT_ALLOWED' });
      return;
    }
    try {
      // Mounted before any body parser: the body is passed on as it came, form-encoded or JSON.
      const body = await readBody(request);
      const upstream = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': request.headers['content-type'] ?? 'application/x-www-form-urlencoded',
          ...(request.headers.authorization && { authorization: request.headers.authorization }),
        },
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(10_000),
      });
      response
        .status(upstream.status)
        .setHeader('Cache-Control', 'no-store')
        .type('application/json')
        .send(await upstream.text());
    } catch {
      response.status(503).json({
        error: 'temporarily_unavailable',
        error_description: 'the token service does not answer',
        code: 'GATEWAY.UPSTREAM_UNAVAILABLE',
      });
    }
  };
}

/** Token requests are a few hundred bytes; anything far larger is not one. */
const MAX_TOKEN_REQUEST_BYTES = 16 * 1024;

async function readBody(request: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_TOKEN_REQUEST_BYTES) throw new Error('token request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
