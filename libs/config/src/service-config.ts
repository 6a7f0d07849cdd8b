import { z } from 'zod';

/** The services of the platform and their default HTTP ports on a developer machine. */
export const SERVICE_PORTS = {
  gateway: 4000,
  directory: 4001,
  activities: 4002,
  needs: 4003,
  referrals: 4004,
  reporting: 4005,
} as const;

export type ServiceName = keyof typeof SERVICE_PORTS;
export const SERVICE_NAMES = Object.keys(SERVICE_PORTS) as ServiceName[];
export const DOMAIN_SERVICE_NAMES = SERVICE_NAMES.filter((name) => name !== 'gateway');

export function defaultDatabaseUrl(service: ServiceName): string {
  return `postgres://postgres@127.0.0.1:5432/coord_${service}`;
}

const commaSeparatedList = z
  .string()
  .min(1)
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const DAY_SECONDS = 24 * 60 * 60;

function secondsBetween(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

const serviceEnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  KAFKA_BROKERS: commaSeparatedList.default(['127.0.0.1:9092']),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  AUTH_PUBLIC_KEY_FILE: z.string().optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().default('coordination-dev'),
  AUTH_AUDIENCE: z.string().default('coordination-platform'),
  /** The platform's own token issuer (the directory signs users' access tokens with it); absent, it is off. */
  AUTH_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  /** Largest JSON request body; the 4W service raises it for inline spreadsheet uploads. */
  HTTP_BODY_LIMIT_MB: z.coerce.number().int().min(1).max(100).default(1),
  AUTH_ACCESS_TOKEN_TTL_SECONDS: secondsBetween(60, DAY_SECONDS, 15 * 60),
  AUTH_REFRESH_TOKEN_TTL_SECONDS: secondsBetween(60 * 60, 365 * DAY_SECONDS, 30 * DAY_SECONDS),
});

export interface ServiceConfig {
  service: ServiceName;
  port: number;
  host: string;
  databaseUrl: string;
  kafkaBrokers: string[];
  logLevel: string;
  outboxPollIntervalMs: number;
  httpBodyLimitMb: number;
  auth: {
    publicKeyFile?: string;
    jwksUrl?: string;
    issuer: string;
    audience: string;
    privateKeyFile?: string;
    accessTokenLifetimeSeconds: number;
    refreshTokenLifetimeSeconds: number;
  };
}

export class InvalidConfigurationError extends Error {
  readonly code = 'CONFIG.INVALID';
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${issues.map((issue) => `${issue.variable}: ${issue.message}`).join('; ')}`);
  }
}

/**
 * Reads and validates a domain service's environment once at boot, so a bad value stops the
 * process with the variable at fault instead of failing later at first use.
 */
export function loadServiceConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const parsed = serviceEnvironmentSchema.safeParse({
    ...env,
    PORT: env.PORT ?? String(SERVICE_PORTS[service]),
    DATABASE_URL: env.DATABASE_URL ?? defaultDatabaseUrl(service),
  });
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    );
  }
  const values = parsed.data;
  return {
    service,
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    kafkaBrokers: values.KAFKA_BROKERS,
    logLevel: values.LOG_LEVEL,
    outboxPollIntervalMs: values.OUTBOX_POLL_INTERVAL_MS,
    httpBodyLimitMb: values.HTTP_BODY_LIMIT_MB,
    auth: {
      publicKeyFile: values.AUTH_PUBLIC_KEY_FILE,
      jwksUrl: values.AUTH_JWKS_URL,
      issuer: values.AUTH_ISSUER,
      audience: values.AUTH_AUDIENCE,
      privateKeyFile: values.AUTH_PRIVATE_KEY_FILE,
      accessTokenLifetimeSeconds: values.AUTH_ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenLifetimeSeconds: values.AUTH_REFRESH_TOKEN_TTL_SECONDS,
    },
  };
}
