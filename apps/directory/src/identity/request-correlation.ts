import { randomUUID } from 'node:crypto';
import type { Request } from 'express';

/** The caller's correlation id (the gateway sets one), or a new one: every event of a request shares it. */
export function correlationIdOf(request: Request): string {
  return request.header('x-correlation-id') ?? randomUUID();
}
