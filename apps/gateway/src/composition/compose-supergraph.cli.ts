import { readFileSync, writeFileSync } from 'node:fs';
import { DOMAIN_SERVICE_NAMES, SERVICE_PORTS } from '@coordination/config';
import { SUPERGRAPH_FILE } from '../federation/supergraph-file';
import { composeSupergraph, fetchSubgraphSdl } from './compose-supergraph';

/**
 * `npm run supergraph` (apps running, e.g. after `npm start`): composes the subgraphs' SDL and
 * writes apps/gateway/supergraph.graphql; with `--check`, fails when the committed file differs.
 * The URLs recorded are the local development ones; the gateway rewrites them from SUBGRAPH_URLS.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const portOffset = Number(process.env.SERVICE_PORT_OFFSET ?? 0);
  const subgraphs = await Promise.all(
    DOMAIN_SERVICE_NAMES.map(async (name) => {
      const fetchUrl = `http://127.0.0.1:${SERVICE_PORTS[name] + portOffset}/graphql`;
      const sdl = await fetchSubgraphSdl({ name, url: fetchUrl });
      return { name, url: `http://127.0.0.1:${SERVICE_PORTS[name]}/graphql`, sdl };
    }),
  );
  const supergraph = composeSupergraph(subgraphs);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    } catch {
      // a missing file is reported as out of date below
    }
    if (committed !== supergraph) {
      process.stderr.write(
        `${SUPERGRAPH_FILE} is out of date: run \`npm start\` then \`npm run supergraph\` and commit it.\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${SUPERGRAPH_FILE} is up to date\n`);
    return;
  }
  writeFileSync(SUPERGRAPH_FILE, supergraph);
  process.stdout.write(`wrote ${SUPERGRAPH_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});
