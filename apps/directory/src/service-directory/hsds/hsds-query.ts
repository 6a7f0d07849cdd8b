import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';

export const HSDS_MAX_PER_PAGE = 100;
export const HSDS_DEFAULT_PER_PAGE = 50;

const pageNumber = z.coerce.number().int().min(1, 'must be 1 or more').default(1);
const perPage = z.coerce
  .number()
  .int()
  .min(1, `must be between 1 and ${HSDS_MAX_PER_PAGE}`)
  .max(HSDS_MAX_PER_PAGE, `must be between 1 and ${HSDS_MAX_PER_PAGE}`)
  .default(HSDS_DEFAULT_PER_PAGE);

export const hsdsServicesQuerySchema = z.object({
  page: pageNumber,
  per_page: perPage,
  modified_after: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z' })
    .transform((value) => new Date(value))
    .optional(),
  organization_id: z.uuid().optional(),
  full: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const hsdsOrganizationsQuerySchema = z.object({ page: pageNumber, per_page: perPage });

/** Parses query parameters, answering 400 with a stable code and the parameter at fault. */
export function parseHsdsQuery<TSchema extends z.ZodType>(schema: TSchema, query: unknown): z.infer<TSchema> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new BadRequestException({
    code: 'HSDS.INVALID_QUERY',
    field: issue.path.map(String).join('.'),
    message: issue.message,
  });
}
