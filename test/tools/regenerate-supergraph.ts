import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAIN_SERVICE_NAMES, SERVICE_PORTS } from '@coordination/config';
import { startPlatformStack, stopProcesses } from '@coordination/testing';
import { composeSupergraph, fetchSubgraphSdl } from '../../apps/gateway/src/composition/compose-supergraph';
import { SUPERGRAPH_FILE } from '../../apps/gateway/src/federation/supergraph-file';

/**
 * Ports and databases of its own, so it runs beside `npm start` and `npm test`;
 * SUPERGRAPH_PORT_OFFSET moves them when two regenerations run at once.
 */
const PORT_OFFSET = Number(process.env.SUPERGRAPH_PORT_OFFSET ?? 30_000);

/**
 * `npm run supergraph`: starts every subgraph from dist/, composes their SDL and writes
 * apps/gateway/supergraph.graphql with the local development URLs, then stops them.
 */
async function main(): Promise<void> {
  const platform = await startPlatformStack({
    portOffset: PORT_OFFSET,
    databaseSuffix: `_supergraph${PORT_OFFSET}_test`,
    logDirectory: join(process.cwd(), '.cache', `supergraph-logs-${PORT_OFFSET}`),
  });
  try {
    const subgraphs = await Promise.all(
      DOMAIN_SERVICE_NAMES.map(async (name) => ({
        name,
        url: `http://127.0.0.1:${SERVICE_PORTS[name]}/graphql`,
        sdl: await fetchSubgraphSdl({ name, url: `${platform.serviceUrls[name]}/graphql` }),
      })),
    );
    writeFileSync(SUPERGRAPH_FILE, composeSupergraph(subgraphs));
    process.stdout.write(`wrote ${SUPERGRAPH_FILE}\n`);
  } finally {
    await stopProcesses(platform.pids);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
