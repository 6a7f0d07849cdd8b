import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * Only the gateway's own origin: no outside scripts, fonts, styles or tiles (the platform runs on
 * closed networks), no framing, and the GraphQL endpoint (HTTP and WebSocket) on the same origin.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** dist/web beside the compiled gateway (dist/apps/gateway/src/web), unless WEB_ROOT says otherwise. */
export function webRootDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  return resolve(environment.WEB_ROOT ?? join(__dirname, '..', '..', '..', '..', 'web'));
}

/**
 * Serves the web app's production bundle at `/`. Hashed files under /assets never change, so
 * browsers keep them for a year; index.html is revalidated on every load so a new release shows at
 * once. Returns false when there is no bundle (the build was skipped), which the caller logs.
 */
export function serveWebApp(app: NestExpressApplication, root = webRootDirectory()): boolean {
  if (!existsSync(join(root, 'index.html'))) return false;
  app.useStaticAssets(root, {
    index: 'index.html',
    fallthrough: true,
    setHeaders: (response: ServerResponse, path: string) => {
      response.setHeader('Content-Security-Policy', WEB_CONTENT_SECURITY_POLICY);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Referrer-Policy', 'no-referrer');
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return true;
}
