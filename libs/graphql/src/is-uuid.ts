import { z } from 'zod';

const uuidSchema = z.uuid();

/** Ids from tokens and arguments are checked before they reach a uuid column, which would reject them loudly. */
export function isUuid(value: string): boolean {
  return uuidSchema.safeParse(value).success;
}
