import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { z } from 'zod';

/** The correlation id the gateway passed on, or a new one: every event of one request shares it. */
export function correlationIdOf(request: Request): string {
  return request.header('x-correlation-id') ?? randomUUID();
}

const uuidSchema = z.uuid();

/** Ids from tokens and arguments are checked before they reach a uuid column, which would fail loudly. */
export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}
