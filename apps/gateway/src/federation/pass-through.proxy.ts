import type { Request, Response } from 'express';

export interface PassThroughSettings {
  /** Where the request goes: the service's URL for the path the client asked for. */
  target(request: Request): URL;
  /** Request headers passed on, lower case (content-type always is). */
  forwardHeaders: readonly string[];
  /** Bodies larger than this are refused with 413 before anything is sent on. */
  maxBodyBytes: number;
  /** The JSON answered when the service cannot be reached. */
  unavailable: Record<string, string>;
  timeoutMs?: number;
}

class BodyTooLarge extends Error {}

/**
 * A POST endpoint of an internal service exposed at the gateway unchanged, so that outside systems
 * (integrators asking for tokens, KoboToolbox posting submissions) need only the gateway's address.
 * Mounted before any body parser: the body goes on exactly as it came.
 */
export function passThroughProxy(settings: PassThroughSettings) {
  return async (request: Request, response: Response): Promise<void> => {
    if (request.method !== 'POST') {
      response.status(405).setHeader('Allow', 'POST').json({ code: 'HTTP.METHOD_NOT_ALLOWED' });
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(request, settings.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      response.status(413).json({ code: 'HTTP.BODY_TOO_LARGE', message: `at most ${settings.maxBodyBytes} bytes` });
      return;
    }
    const headers: Record<string, string> = {
      'content-type': request.headers['content-type'] ?? 'application/octet-stream',
    };
    for (const name of settings.forwardHeaders) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    try {
      const upstream = await fetch(settings.target(request), {
        method: 'POST',
        headers,
        body: new Uint8Array(body),
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      response
        .status(upstream.status)
        .setHeader('Cache-Control', 'no-store')
        .type(upstream.headers.get('content-type') ?? 'application/json')
        .send(await upstream.text());
    } catch {
      response.status(503).json(settings.unavailable);
    }
  };
}

async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
