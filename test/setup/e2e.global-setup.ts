import { join } from 'node:path';
import { startPlatformStack } from '@coordination/testing';

/**
 * Ports of the e2e stack: beside, not on, the ones `npm start` uses, so both can run at once.
 * E2E_PORT_OFFSET and E2E_DATABASE_SUFFIX let two e2e runs share a machine.
 */
const E2E_PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 10_000);
const E2E_DATABASE_SUFFIX = process.env.E2E_DATABASE_SUFFIX ?? '_test';
/** Low enough that a 100-row page of organisations is refused, so the cost limit is exercised. */
export const E2E_MAX_QUERY_COST = 300;

export default async function e2eGlobalSetup(): Promise<void> {
  const platform = await startPlatformStack({
    portOffset: E2E_PORT_OFFSET,
    databaseSuffix: E2E_DATABASE_SUFFIX,
    logDirectory: join(__dirname, '..', '..', '.cache', 'e2e-logs'),
    gatewayEnvironment: { GRAPHQL_MAX_COST: String(E2E_MAX_QUERY_COST) },
  });
  // Workers inherit the environment; the teardown runs in this same context.
  process.env.E2E_GATEWAY_URL = platform.gatewayUrl;
  process.env.E2E_SERVICE_URLS = JSON.stringify(platform.serviceUrls);
  process.env.E2E_SERVICE_PORT_OFFSET = String(E2E_PORT_OFFSET);
  (globalThis as { __PLATFORM_PIDS__?: number[] }).__PLATFORM_PIDS__ = platform.pids;
}
