import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSupergraph } from './supergraph-file';

describe('loadSupergraph', () => {
  it('points each subgraph at the URL configured for this deployment and leaves the rest untouched', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
    writeFileSync(
      file,
      [
        'enum join__Graph {',
        '  DIRECTORY @join__graph(name: "directory", url: "http://127.0.0.1:4001/graphql")',
        '  NEEDS @join__graph(name: "needs", url: "http://127.0.0.1:4003/graphql")',
        '}',
      ].join('\n'),
    );
    const sdl = loadSupergraph({ directory: 'http://directory:4001/graphql' }, file);
    expect(sdl).toContain('@join__graph(name: "directory", url: "http://directory:4001/graphql")');
    expect(sdl).toContain('@join__graph(name: "needs", url: "http://127.0.0.1:4003/graphql")');
  });
});
