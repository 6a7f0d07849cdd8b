import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The composed supergraph, committed to the repo and checked current in CI. */
export const SUPERGRAPH_FILE = join('apps', 'gateway', 'supergraph.graphql');

/**
 * Reads the committed supergraph and points each subgraph at the URL this deployment uses: the
 * file records local development URLs, a container deployment has other host names.
 */
export function loadSupergraph(subgraphUrls: Record<string, string>, file = SUPERGRAPH_FILE): string {
  const sdl = readFileSync(file, 'utf8');
  return sdl.replace(
    /(@join__graph\(name: "([^"]+)", url: ")([^"]*)("\))/g,
    (match, prefix: string, name: string, _url: string, suffix: string) =>
      subgraphUrls[name] ? `${prefix}${subgraphUrls[name]}${suffix}` : match,
  );
}
