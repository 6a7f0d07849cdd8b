import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { devToken, errorCodes, gatewayUrl, graphql } from '../support/gateway-client';

const run = promisify(execFile);

describe('the gateway shell', () => {
  it('has every app answering its liveness and readiness probes', async () => {
    const urls = JSON.parse(process.env.E2E_SERVICE_URLS ?? '{}') as Record<string, string>;
    expect(Object.keys(urls).sort()).toEqual(['activities', 'directory', 'gateway', 'needs', 'referrals', 'reporting']);
    for (const [service, url] of Object.entries(urls)) {
      const live = await fetch(`${url}/health/live`);
      const ready = await fetch(`${url}/health/ready`);
      expect({ service, live: live.status, ready: ready.status }).toEqual({ service, live: 200, ready: 200 });
    }
  });

  it('reaches every subgraph through the composed schema', async () => {
    const token = await devToken(['GOVERNMENT_VIEWER']);
    const response = await graphql<Record<string, { service: string }>>(
      '{ needsStatus { service } referralsStatus { service } reportingStatus { service } }',
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      needsStatus: { service: 'needs' },
      referralsStatus: { service: 'referrals' },
      reportingStatus: { service: 'reporting' },
    });
  });

  it('serves the committed supergraph, which matches what the running subgraphs compose to', async () => {
    const cli = resolve(__dirname, '../../dist/apps/gateway/src/composition/compose-supergraph.cli.js');
    const { stdout } = await run(process.execPath, [cli, '--check'], {
      env: { ...process.env, SERVICE_PORT_OFFSET: process.env.E2E_SERVICE_PORT_OFFSET },
    });
    expect(stdout).toContain('is up to date');
  });

  it('refuses a malformed bearer token with 401 and a stable code', async () => {
    const response = await graphql('{ needsStatus { service } }', {}, 'not-a-jwt');
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['AUTH.INVALID_TOKEN']);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const response = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ needsStatus { service } }', padding: 'x'.repeat(37 * 1024 * 1024) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'REQUEST.TOO_LARGE',
    );
  });

  it('serves the web app at its root with a same-origin-only policy and cacheable hashed assets', async () => {
    const origin = new URL(gatewayUrl()).origin;
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-powered-by')).toBeNull();
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keeps introspection off', async () => {
    const response = await graphql('{ __schema { queryType { name } } }');
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0].message).toMatch(/introspection/i);
  });

  it('refuses an operation over the cost limit before running it', async () => {
    const token = await devToken(['PLATFORM_ADMIN']);
    const expensive = await graphql(
      '{ partnerOrganisations(page: { first: 2000 }) { nodes { id name acronym type } } }',
      {},
      token,
    );
    expect(errorCodes(expensive)).toEqual(['QUERY.TOO_COSTLY']);
    const affordable = await graphql('{ partnerOrganisations(page: { first: 10 }) { nodes { id name } } }', {}, token);
    expect(affordable.errors).toBeUndefined();
  });

  it('closes a subscription connection whose token is invalid', async () => {
    const client = createClient({
      url: gatewayUrl().replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: 'Bearer forged' },
      retryAttempts: 0,
      lazy: false,
    });
    const closeCode = await new Promise<number>((resolve) => {
      client.on('closed', (event) => resolve((event as { code: number }).code));
    });
    expect(closeCode).toBe(4403);
    await client.dispose();
  });
});
