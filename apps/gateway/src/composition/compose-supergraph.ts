import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
}

const SERVICE_SDL_QUERY = '{ _service { sdl } }';

/** Reads a running subgraph's SDL through the federation `_service` field. */
export async function fetchSubgraphSdl(subgraph: SubgraphSource): Promise<string> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SERVICE_SDL_QUERY }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } }; errors?: unknown };
  const sdl = body.data?._service?.sdl;
  if (!response.ok || !sdl) {
    throw new Error(
      `subgraph ${subgraph.name} at ${subgraph.url} returned no SDL: ${JSON.stringify(body.errors ?? response.status)}`,
    );
  }
  return sdl;
}

/**
 * Composes the supergraph with The Guild's MIT-licensed composer; Apollo's own composer is under
 * the Elastic License, which forbids hosting the platform for others (docs/adr/0002).
 */
export function composeSupergraph(subgraphs: { name: string; url: string; sdl: string }[]): string {
  const sorted = [...subgraphs].sort((a, b) => a.name.localeCompare(b.name));
  const result = composeServices(sorted.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors && result.errors.length > 0) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl!.trim()}\n`;
}
