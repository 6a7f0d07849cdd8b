import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/**
 * The caller's correlation id (the gateway forwards `x-correlation-id`), or a new one: every event a
 * request causes carries it, so a trace can follow one action across services.
 */
export function correlationIdOf(request: Pick<Request, 'header'>): string {
  return request.header('x-correlation-id') ?? randomUUID();
}
