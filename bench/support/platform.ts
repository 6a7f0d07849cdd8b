import path from 'node:path';
import { DOMAIN_SERVICE_NAMES } from '@coordination/config';
import { dropDatabase, withDatabaseName } from '@coordination/database';
import { startPlatformStack, stopProcesses, testEnvironment } from '@coordination/testing';
import { log } from './logger';
import type { BenchPlatform, BenchSettings } from './settings';

/**
 * Ports of the bench stack: the services' own ports plus this (clear of `npm start` and of the e2e
 * stack); BENCH_PORT_OFFSET moves them when two benchmark runs share the machine.
 */
export const BENCH_PORT_OFFSET = Number(process.env.BENCH_PORT_OFFSET ?? 35_000);
/** Databases `coord_<service>_bench_test`, dropped and recreated by the stack, dropped again at the end. */
export const BENCH_DATABASE_SUFFIX = '_bench_test';

/** What the cases of a benchmark that runs against the whole platform are given. */
export interface RunningBenchPlatform {
  platform: BenchPlatform;
  stop(): Promise<void>;
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A grant scoped to a sector and region, e.g. a PRO coordinator for PE15 (who may approve PRO reports there). */
export interface BenchGrant {
  role: string;
  sector?: string;
  region?: string;
}

/** A token from the gateway's development issuer (`POST /auth/dev-token`, DEV_TOKEN_ISSUER=true). */
export async function benchDevToken(
  gatewayUrl: string,
  roles: string[],
  organisationId: string | null,
  userId: string,
  grants?: BenchGrant[],
): Promise<string> {
  const response = await fetch(new URL('/auth/dev-token', gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId, organisationId, roles, ...(grants ? { grants } : {}) }),
  });
  if (!response.ok) throw new Error(`dev token refused: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** One GraphQL POST to the gateway; throws on an HTTP error or a GraphQL error. */
export async function benchGraphql<T>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLAnswer<T>;
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
const PARTNERS = `query ($after: String) {
  partnerOrganisations(page: { first: 50, after: $after }) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;

async function onReplica(gatewayUrl: string, token: string, organisationId: string): Promise<boolean> {
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data: {
      partnerOrganisations: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    } = await benchGraphql(gatewayUrl, PARTNERS, { after }, token);
    if (data.partnerOrganisations.nodes.some((node) => node.id === organisationId)) return true;
    if (!data.partnerOrganisations.pageInfo.hasNextPage) return false;
    after = data.partnerOrganisations.pageInfo.endCursor;
  }
  return false;
}

function databaseUrls(): string[] {
  return DOMAIN_SERVICE_NAMES.map((service) =>
    withDatabaseName(testEnvironment.postgresUrl, `coord_${service}${BENCH_DATABASE_SUFFIX}`),
  );
}

/**
 * Starts the six apps from dist/ (`startPlatformStack`, Kafka from KAFKA_BROKERS: the bench broker),
 * registers one organisation as a platform admin and waits until the activities replica has it.
 * Stops the stack itself if any of that fails. Run by the runner's own process, so the stack
 * outlives the cases' processes and is stopped however they end.
 */
export async function startBenchPlatform(settings: BenchSettings): Promise<RunningBenchPlatform> {
  const started = Date.now();
  const stack = await startPlatformStack({
    portOffset: BENCH_PORT_OFFSET,
    databaseSuffix: BENCH_DATABASE_SUFFIX,
    logDirectory: path.join(settings.workDir, 'platform-logs'),
    // The partner list of the replica poll costs more than the default allows at 50 a page.
    gatewayEnvironment: { GRAPHQL_MAX_COST: '1000000' },
  });
  const stop = async () => {
    await stopProcesses(stack.pids);
    for (const url of databaseUrls()) {
      await dropDatabase(url).catch((error) => log(`could not drop ${url}: ${String(error)}`));
    }
  };
  try {
    log(`platform stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${stack.gatewayUrl}`);
    const admin = await benchDevToken(stack.gatewayUrl, ['PLATFORM_ADMIN'], null, `bench-admin-${settings.runId}`);
    const registered = await benchGraphql<{ registerOrganisation: { id: string } }>(
      stack.gatewayUrl,
      REGISTER,
      { input: { name: `Asociación Civil Bench ${settings.runId}`, type: 'NNGO' } },
      admin,
    );
    const organisationId = registered.registerOrganisation.id;
    const reporter = await benchDevToken(
      stack.gatewayUrl,
      ['PARTNER_REPORTER'],
      organisationId,
      `bench-replica-${settings.runId}`,
    );
    const deadline = Date.now() + 60_000;
    while (!(await onReplica(stack.gatewayUrl, reporter, organisationId))) {
      if (Date.now() > deadline)
        throw new Error(`organisation ${organisationId} not on the activities replica in 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    log(`organisation ${organisationId} on the activities replica`);
    return { platform: { gatewayUrl: stack.gatewayUrl, organisationId }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
