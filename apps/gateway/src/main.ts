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
import { requestSizeLimit } from './federation/request-size-limit.middleware';
import { GatewayModule } from './gateway.module';
import { koboIntakeProxy } from './intake/kobo-intake.proxy';
import { tokenEndpointProxy } from './integrators/token-endpoint.proxy';
import { attachSubscriptionServer } from './subscriptions/websocket-server';
import { serveWebApp, webRootDirectory } from './web/web-app';

/** Room for a 25 MB spreadsheet sent inline as base64, plus the rest of the request. */
const MAX_GRAPHQL_REQUEST_BYTES = 36 * 1024 * 1024;

async function bootstrap(): Promise<void> {
  const config = loadGatewayConfig();
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forConfig(config), {
    logger: new JsonLogger('gateway', config.logLevel),
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  exitIfShutdownHangs();
  const gateway = app.get(FederatedGatewayService);
  const verifier = app.get(TokenVerifier);
  // Mounted before Nest's body parsers (registered at init): both handlers read the raw body.
  app.use('/oauth/token', tokenEndpointProxy(config.subgraphUrls.directory));
  app.use('/intake/kobo', koboIntakeProxy(config.subgraphUrls.needs));
  app.use(
    '/graphql',
    requestSizeLimit(MAX_GRAPHQL_REQUEST_BYTES),
    bearerTokenMiddleware(verifier, gateway.agreements),
    (request: RequestWithViewer, response: unknown) =>
      gateway.runtime.handle(request, response as never, { viewer: request.viewer ?? null }),
  );
  if (!serveWebApp(app)) {
    new Logger('Bootstrap').warn(
      `no web app bundle in ${webRootDirectory()} (npm run build makes it); serving the API only`,
    );
  }
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
