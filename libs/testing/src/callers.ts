import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { AccessGrant, Role, Viewer } from '@coordination/auth';

/** A caller holding `role`, scoped (for sector coordinators) when a scope is given. */
export function viewerWith(
  role: Role,
  organisationId: string | null = null,
  scope: Pick<AccessGrant, 'sector' | 'region'> = { sector: null, region: null },
): Viewer {
  return {
    userId: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}`,
    organisationId,
    roles: [role],
    grants: [{ role, ...scope }],
  };
}

export interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
  problems: unknown;
}

/** The stable code and field a use case refused with; fails when the call succeeds. */
export async function refusalOf(attempt: Promise<unknown>): Promise<Refusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const { code, field, problems } = error.extensions;
      return { code, field, message: error.message, problems };
    }
    throw error;
  }
  throw new Error('expected the call to be refused');
}
