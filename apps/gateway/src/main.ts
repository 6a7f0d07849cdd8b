import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TokenVerifier } from '@coordination/auth';
import { JsonLogger } from '@coordination/observability';
import { exitIfShutdownHangs } from '@coordination/runtime';
import { bearerTokenMiddleware, type RequestWithViewer } from './federation/bearer-token.middleware';
import { FederatedGatewayService } from './federation/federated-gateway.service';
import { loadGatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { attachSubscriptionServer } from './subscriptions/websocket-server';
import { tokenEndpointProxy } from './integrators/token-endpoint.proxy';

async function bootstrap(): Promise<void> {
  const config = loadGatewayConfig();
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forConfig(config), {
    logger: new JsonLogger('gateway', config.logLevel),
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  exitIfShutdownHangs();
  const gateway = app.get(FederatedGatewayService);
  const verifier = app.get(TokenVerifier);
  // Nest's own body parsers (JSON and form-encoded) have already read the body.
  app.use('/oauth/token', tokenEndpointProxy(config.subgraphUrls.directory));
  app.use(
    '/graphql',
    bearerTokenMiddleware(verifier, gateway.agreements),
    (request: RequestWithViewer, response: unknown) =>
      gateway.runtime.handle(request, response as never, { viewer: request.viewer ?? null }),
  );
  await app.init();
  const closeSubscriptions = attachSubscriptionServer(
    app.getHttpServer(),
    gateway.runtime,
    verifier,
    gateway.agreements,
  );
  process.once('SIGTERM', () => void closeSubscriptions());
  await app.listen(config.port, config.host);
  new Logger('Bootstrap').log(`gateway listening on http://${config.host}:${config.port}/graphql`);
}

void bootstrap();
