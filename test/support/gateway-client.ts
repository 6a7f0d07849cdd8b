import type { Role } from '@coordination/auth';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string }[]; field?: string } }[];
}

export function gatewayUrl(): string {
  const url = process.env.E2E_GATEWAY_URL;
  if (!url) throw new Error('E2E_GATEWAY_URL is not set: run end-to-end tests through `npm test`');
  return url;
}

/** A token from the gateway's development issuer. */
export async function devToken(
  roles: Role[],
  organisationId: string | null = null,
  userId = `user-${roles.join('-')}`,
): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, organisationId, roles }),
  });
  if (!response.ok) throw new Error(`dev token refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<T>> {
  const response = await fetch(gatewayUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
}

export function errorCodes(response: GraphQLResponse<unknown>): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
