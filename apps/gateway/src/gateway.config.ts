import { z } from 'zod';
import { DOMAIN_SERVICE_NAMES, InvalidConfigurationError, SERVICE_PORTS } from '@coordination/config';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const gatewayEnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(SERVICE_PORTS.gateway),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
  SUBGRAPH_URLS: z.string().optional(),
  AUTH_ISSUER: z.string().default('coordination-dev'),
  AUTH_AUDIENCE: z.string().default('coordination-platform'),
  AUTH_PUBLIC_KEY_FILE: z.string().optional(),
  AUTH_JWKS_URL: z.url().optional(),
  DEV_TOKEN_ISSUER: booleanFlag,
  AUTH_PRIVATE_KEY_FILE: z.string().optional(),
  GRAPHQL_INTROSPECTION: booleanFlag,
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).max(1_000_000).default(5_000),
});

export interface GatewayConfig {
  port: number;
  host: string;
  logLevel: string;
  kafkaBrokers: string[];
  subgraphUrls: Record<string, string>;
  auth: { issuer: string; audience: string; publicKeyFile?: string; jwksUrl?: string };
  devTokenIssuer: { enabled: boolean; privateKeyFile?: string };
  introspection: boolean;
  maxDepth: number;
  maxCost: number;
}

/** `name=url,name=url`; a service left out keeps its default local URL. */
function parseSubgraphUrls(value: string | undefined): Record<string, string> {
  const urls: Record<string, string> = Object.fromEntries(
    DOMAIN_SERVICE_NAMES.map((name) => [name, `http://127.0.0.1:${SERVICE_PORTS[name]}/graphql`]),
  );
  for (const entry of (value ?? '').split(',').filter((item) => item.trim())) {
    const [name, url] = entry.split('=').map((part) => part.trim());
    if (!name || !url || !(DOMAIN_SERVICE_NAMES as string[]).includes(name) || !URL.canParse(url)) {
      throw new InvalidConfigurationError([{ variable: 'SUBGRAPH_URLS', message: `bad entry "${entry}"` }]);
    }
    urls[name] = url;
  }
  return urls;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = gatewayEnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    );
  }
  const values = parsed.data;
  if (values.DEV_TOKEN_ISSUER && !values.AUTH_PRIVATE_KEY_FILE) {
    throw new InvalidConfigurationError([
      { variable: 'AUTH_PRIVATE_KEY_FILE', message: 'required when DEV_TOKEN_ISSUER is on' },
    ]);
  }
  return {
    port: values.PORT,
    host: values.HOST,
    logLevel: values.LOG_LEVEL,
    kafkaBrokers: values.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
    subgraphUrls: parseSubgraphUrls(values.SUBGRAPH_URLS),
    auth: {
      issuer: values.AUTH_ISSUER,
      audience: values.AUTH_AUDIENCE,
      publicKeyFile: values.AUTH_PUBLIC_KEY_FILE,
      jwksUrl: values.AUTH_JWKS_URL,
    },
    devTokenIssuer: { enabled: values.DEV_TOKEN_ISSUER, privateKeyFile: values.AUTH_PRIVATE_KEY_FILE },
    introspection: values.GRAPHQL_INTROSPECTION,
    maxDepth: values.GRAPHQL_MAX_DEPTH,
    maxCost: values.GRAPHQL_MAX_COST,
  };
}
