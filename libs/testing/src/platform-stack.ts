import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { DOMAIN_SERVICE_NAMES, SERVICE_PORTS, type ServiceName } from '@coordination/config';
import { assertTestDatabaseName, dropDatabase, withDatabaseName } from '@coordination/database';
import { ensureDevKeyPair } from '@coordination/auth';
import { testEnvironment } from './test-environment';

const REPO_ROOT = resolve(__dirname, '../../..').replace(/[/\\]dist$/, '');

export interface PlatformStackOptions {
  portOffset: number;
  databaseSuffix: string;
  logDirectory: string;
  /** Extra settings for the gateway, e.g. tighter query limits to test them. */
  gatewayEnvironment?: Record<string, string>;
}

export interface RunningPlatform {
  gatewayUrl: string;
  serviceUrls: Record<ServiceName, string>;
  pids: number[];
}

function entryPoint(service: ServiceName, file: 'main' | 'migrate'): string {
  return join(REPO_ROOT, 'dist', 'apps', service, 'src', `${file}.js`);
}

function runToCompletion(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}: ${stderr}`)),
    );
  });
}

async function waitUntilReady(name: string, url: string, logFile: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3_000) }).catch(
      (error: Error) => error,
    );
    if (response instanceof Response && response.ok) return;
    last = response instanceof Response ? `${response.status} ${await response.text()}` : response.message;
    await new Promise((done) => setTimeout(done, 500));
  }
  const log = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
  throw new Error(`${name} not ready at ${url} (${last}); last log lines:\n${log}`);
}

/**
 * Starts all six apps from dist/ on fresh `_test` databases, as separate processes, and waits
 * until each answers /health/ready. Used by the end-to-end tests.
 */
export async function startPlatformStack(options: PlatformStackOptions): Promise<RunningPlatform> {
  mkdirSync(options.logDirectory, { recursive: true });
  await assertPortsFree(Object.values(SERVICE_PORTS).map((port) => port + options.portOffset));
  const keys = ensureDevKeyPair(join(REPO_ROOT, '.cache', 'auth'));
  const port = (service: ServiceName) => SERVICE_PORTS[service] + options.portOffset;
  const serviceUrls = Object.fromEntries(
    (Object.keys(SERVICE_PORTS) as ServiceName[]).map((service) => [service, `http://127.0.0.1:${port(service)}`]),
  ) as Record<ServiceName, string>;
  const common = {
    ...process.env,
    KAFKA_BROKERS: testEnvironment.kafkaBrokers.join(','),
    AUTH_PUBLIC_KEY_FILE: keys.publicKeyFile,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_INTERVAL_MS: '100',
    // A master key for this stack alone: its databases are new, nothing sealed before needs opening.
    REFERRALS_MASTER_KEYS: `stack-1:${randomBytes(32).toString('base64')}`,
  };
  const databaseUrl = (service: ServiceName) => {
    const name = `coord_${service}${options.databaseSuffix}`;
    // These databases are dropped and recreated: only test databases may be.
    assertTestDatabaseName(name);
    return withDatabaseName(testEnvironment.postgresUrl, name);
  };

  await Promise.all(
    DOMAIN_SERVICE_NAMES.map(async (service) => {
      await dropDatabase(databaseUrl(service));
      await runToCompletion(process.execPath, [entryPoint(service, 'migrate')], {
        ...common,
        DATABASE_URL: databaseUrl(service),
      });
    }),
  );

  const children: ChildProcess[] = [];
  const launch = (service: ServiceName, env: NodeJS.ProcessEnv) => {
    const logFile = join(options.logDirectory, `${service}.log`);
    const log = createWriteStream(logFile);
    const child = spawn(process.execPath, [entryPoint(service, 'main')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    children.push(child);
    return logFile;
  };
  const logs: Record<string, string> = {};
  for (const service of DOMAIN_SERVICE_NAMES) {
    logs[service] = launch(service, {
      ...common,
      PORT: String(port(service)),
      DATABASE_URL: databaseUrl(service),
      // The directory signs users' tokens on login, with the key the gateway's development issuer uses.
      ...(service === 'directory' && { AUTH_PRIVATE_KEY_FILE: keys.privateKeyFile }),
    });
  }
  logs.gateway = launch('gateway', {
    ...common,
    PORT: String(port('gateway')),
    SUBGRAPH_URLS: DOMAIN_SERVICE_NAMES.map((service) => `${service}=${serviceUrls[service]}/graphql`).join(','),
    DEV_TOKEN_ISSUER: 'true',
    AUTH_PRIVATE_KEY_FILE: keys.privateKeyFile,
    ...options.gatewayEnvironment,
  });
  const pids = children.map((child) => child.pid!);
  try {
    await Promise.all(Object.entries(serviceUrls).map(([service, url]) => waitUntilReady(service, url, logs[service])));
  } catch (error) {
    stopProcesses(pids);
    throw error;
  }
  return { gatewayUrl: `${serviceUrls.gateway}/graphql`, serviceUrls, pids };
}

/** SIGTERM (graceful shutdown), then SIGKILL whatever is still there after `graceMs`. */
export async function stopProcesses(pids: number[], graceMs = 10_000): Promise<void> {
  const signal = (pid: number, name: NodeJS.Signals | 0): boolean => {
    try {
      process.kill(pid, name);
      return true;
    } catch {
      // Already gone: nothing to stop.
      return false;
    }
  };
  const alive = (pid: number) => signal(pid, 0);
  for (const pid of pids) signal(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
  for (const pid of pids) signal(pid, 'SIGKILL');
}

/** Refuses to start on a port another process holds: its answers would be taken for ours. */
export async function assertPortsFree(ports: number[]): Promise<void> {
  const taken: number[] = [];
  await Promise.all(
    ports.map(
      (port) =>
        new Promise<void>((resolve) => {
          const server = createServer();
          server.once('error', () => {
            taken.push(port);
            resolve();
          });
          server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
        }),
    ),
  );
  if (taken.length > 0) {
    throw new Error(
      `ports ${taken.sort().join(', ')} are in use: stop what holds them or choose another E2E_PORT_OFFSET`,
    );
  }
}
