import { loadGatewayConfig } from './gateway.config';

describe('loadGatewayConfig', () => {
  it('defaults to local subgraphs and safe limits, with introspection and the dev issuer off', () => {
    const config = loadGatewayConfig({});
    expect(config.subgraphUrls.directory).toBe('http://127.0.0.1:4001/graphql');
    expect(config.introspection).toBe(false);
    expect(config.devTokenIssuer.enabled).toBe(false);
    expect(config.maxDepth).toBe(10);
  });

  it('overrides subgraph URLs from SUBGRAPH_URLS', () => {
    const config = loadGatewayConfig({ SUBGRAPH_URLS: 'needs=http://needs:4003/graphql' });
    expect(config.subgraphUrls.needs).toBe('http://needs:4003/graphql');
    expect(config.subgraphUrls.referrals).toBe('http://127.0.0.1:4004/graphql');
  });

  it('refuses an unknown subgraph name, naming the variable', () => {
    expect(() => loadGatewayConfig({ SUBGRAPH_URLS: 'payments=http://x/graphql' })).toThrow(/SUBGRAPH_URLS/);
  });

  it('refuses the dev issuer without its private key', () => {
    expect(() => loadGatewayConfig({ DEV_TOKEN_ISSUER: 'true' })).toThrow(/AUTH_PRIVATE_KEY_FILE/);
  });

  it('refuses a depth limit out of range', () => {
    expect(() => loadGatewayConfig({ GRAPHQL_MAX_DEPTH: '500' })).toThrow(/GRAPHQL_MAX_DEPTH/);
  });
});
