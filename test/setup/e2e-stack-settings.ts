import { join } from 'node:path';

/**
 * Ports of the e2e stack: beside, not on, the ones `npm start` uses, so both can run at once.
 * E2E_PORT_OFFSET and E2E_DATABASE_SUFFIX let two e2e runs share a machine.
 */
export const E2E_PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 10_000);
export const E2E_DATABASE_SUFFIX = process.env.E2E_DATABASE_SUFFIX ?? '_test';
/**
 * The gateway's production default, so the web app's pages (a 50-row list of reports costs about
 * 3,000) run under the limit people will have; gateway-shell checks a dearer operation is refused.
 */
export const E2E_MAX_QUERY_COST = 5_000;

const CACHE_DIR = join(__dirname, '..', '..', '.cache');
export const E2E_LOG_DIRECTORY = join(CACHE_DIR, `e2e-logs-${E2E_PORT_OFFSET}`);
/** The stack's process ids, for the teardown (a file: setup and teardown need not share memory). */
export const E2E_PID_FILE = join(CACHE_DIR, `e2e-pids-${E2E_PORT_OFFSET}.json`);
