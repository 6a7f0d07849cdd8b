import { writeFileSync } from 'node:fs';
import { startPlatformStack } from '@coordination/testing';
import {
  E2E_DATABASE_SUFFIX,
  E2E_LOG_DIRECTORY,
  E2E_MAX_QUERY_COST,
  E2E_PID_FILE,
  E2E_PORT_OFFSET,
} from './e2e-stack-settings';

export default async function e2eGlobalSetup(): Promise<void> {
  const platform = await startPlatformStack({
    portOffset: E2E_PORT_OFFSET,
    databaseSuffix: E2E_DATABASE_SUFFIX,
    logDirectory: E2E_LOG_DIRECTORY,
    gatewayEnvironment: { GRAPHQL_MAX_COST: String(E2E_MAX_QUERY_COST) },
  });
  writeFileSync(E2E_PID_FILE, JSON.stringify(platform.pids));
  // Workers inherit the environment.
  process.env.E2E_GATEWAY_URL = platform.gatewayUrl;
  process.env.E2E_SERVICE_URLS = JSON.stringify(platform.serviceUrls);
  process.env.E2E_SERVICE_PORT_OFFSET = String(E2E_PORT_OFFSET);
}
