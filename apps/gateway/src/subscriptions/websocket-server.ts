import type { Server as HttpServer } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { ExecutionArgs } from 'graphql';
import type { OperationResult } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { TokenVerifier, Viewer } from '@coordination/auth';
import type { GatewayRequestContext } from '../federation/gateway-request-context';
import type { AgreementRegistry } from '../integrators/agreement-registry';
import { assertAgreementNotRevoked } from '../integrators/revoked-agreement-check';

/** WebSocket close code for a refused token (graphql-ws reserves 4400-4499 for such uses). */
const CLOSE_FORBIDDEN = 4403;

type OperationRunner = (args: ExecutionArgs) => OperationResult;

interface EnvelopedRoot {
  execute: OperationRunner;
  subscribe: OperationRunner;
}

/**
 * graphql-ws on the gateway's HTTP server at /graphql. The connection is authenticated once, from
 * `connectionParams.authorization`; each operation then runs through the gateway's own pipeline
 * (the same validation, limits and plugins as HTTP).
 */
export function attachSubscriptionServer(
  httpServer: HttpServer,
  gateway: GatewayRuntime<GatewayRequestContext>,
  verifier: TokenVerifier,
  agreements: AgreementRegistry,
): () => Promise<void> {
  const webSocketServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const viewers = new WeakMap<object, Viewer | null>();
  const server = useServer(
    {
      onConnect: async (context) => {
        const header = context.connectionParams?.authorization;
        try {
          const viewer = await verifier.viewerFromHeader(typeof header === 'string' ? header : undefined);
          assertAgreementNotRevoked(viewer, agreements);
          viewers.set(context, viewer);
          return true;
        } catch {
          context.extra.socket.close(CLOSE_FORBIDDEN, 'Forbidden: invalid bearer token');
          return false;
        }
      },
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (context, _id, payload) => {
        // The runtime loads the supergraph lazily (HTTP requests wait for it inside the pipeline);
        // a WebSocket operation may come first, so wait for it here.
        const loadedSchema = await gateway.getSchema();
        const enveloped = gateway.getEnveloped({
          ...context,
          req: context.extra.request,
          socket: context.extra.socket,
          params: payload,
          viewer: viewers.get(context) ?? null,
        });
        const { execute, subscribe, contextFactory, parse, validate } = enveloped;
        const schema = enveloped.schema ?? loadedSchema;
        const document = parse(payload.query);
        const errors = validate(schema, document);
        if (errors.length > 0) return errors;
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
      },
    },
    webSocketServer,
  );
  return async () => {
    await server.dispose();
    await new Promise<void>((resolve) => webSocketServer.close(() => resolve()));
  };
}
