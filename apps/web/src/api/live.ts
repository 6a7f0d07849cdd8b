import { createClient, type Client } from 'graphql-ws';

let client: Client | null = null;
let clientToken: string | null = null;

/** One graphql-ws connection to the gateway per access token (a new token reconnects). */
function liveClient(accessToken: string): Client {
  if (client && clientToken === accessToken) return client;
  void client?.dispose();
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  client = createClient({
    url: `${scheme}://${location.host}/graphql`,
    connectionParams: { authorization: `Bearer ${accessToken}` },
    lazy: true,
    retryAttempts: 5,
  });
  clientToken = accessToken;
  return client;
}

/** Follows a subscription; returns the function that stops it. */
export function subscribe<T>(
  accessToken: string,
  query: string,
  variables: Record<string, unknown>,
  onData: (data: T) => void,
  onError: (error: unknown) => void = () => undefined,
): () => void {
  return liveClient(accessToken).subscribe<T>(
    { query, variables },
    {
      next: (result) => result.data && onData(result.data as T),
      error: onError,
      complete: () => undefined,
    },
  );
}
