import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { gatewayUrl } from './gateway-client';

export function subscriptionClient(token: string): Client {
  return createClient({
    url: gatewayUrl().replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
}

export interface SubscriptionRecording<T> {
  received: T[];
  /** Resolves with the error codes when the server refuses or ends the subscription with errors. */
  errors: Promise<string[]>;
  /** Resolves when the server completes the subscription. */
  completed: Promise<void>;
  stop: () => void;
}

/** Subscribes and records what arrives, so a test can wait on it. */
export function record<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): SubscriptionRecording<T> {
  const received: T[] = [];
  let failed: (codes: string[]) => void = () => undefined;
  let done: () => void = () => undefined;
  const errors = new Promise<string[]>((resolve) => (failed = resolve));
  const completed = new Promise<void>((resolve) => (done = resolve));
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (message) => {
        if (message.errors) failed(message.errors.map((error) => String(error.extensions?.code)));
        else if (message.data) received.push(message.data as T);
      },
      error: (error) => {
        const list = Array.isArray(error) ? (error as { extensions?: { code?: string } }[]) : [];
        failed(list.map((item) => String(item.extensions?.code)));
      },
      complete: () => done(),
    },
  );
  return { received, errors, completed, stop };
}
