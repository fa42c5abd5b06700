import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be 1 to 65535')
    .max(65535, 'must be 1 to 65535')
    .default(fallback);

const postgresUrl = z
  .string()
  .trim()
  .refine(
    (value) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(value),
    'must be a PostgreSQL URL: postgres://user:password@host:5432/database',
  );

const kurrentUrl = z
  .string()
  .trim()
  .refine(
    (value) => /^(kurrentdb|esdb|kdb)(\+discover)?:\/\/.+/.test(value),
    'must be a KurrentDB connection string: kurrentdb://host:2113?tls=false',
  );

const variables = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  PORT: port(3000),
  PUBLIC_URL: z.string().trim().url('must be the URL users reach the platform at, e.g. https://appeals.example.ru').optional(),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1, 'must not be empty').default('.data'),
  EMBEDDED_PG_PORT: port(54329),
  KURRENTDB_URL: kurrentUrl.optional(),
  PROJECTOR: z
    .enum(['embedded', 'off'], { error: 'must be "embedded" (the API runs the projections) or "off" (a separate projector does)' })
    .default('embedded'),
  DB_POOL_SIZE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(2, 'must be 2 to 200')
    .max(200, 'must be 2 to 200')
    .default(10),
  OIDC_ISSUER: z.string().trim().url('must be the issuer URL of an OpenID Connect provider, e.g. https://esia.gosuslugi.ru').optional(),
  OIDC_AUDIENCE: z.string().trim().min(1, 'must not be empty').default('urn:appeals:api'),
  OIDC_CLIENT_ID: z.string().trim().min(1, 'must not be empty').default('appeals-web'),
  DEV_ACCESS_TOKEN_TTL: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(10, 'must be 10 to 86400 seconds')
    .max(86_400, 'must be 10 to 86400 seconds')
    .default(3600),
  PII_MASTER_KEY: z
    .string()
    .trim()
    .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64 (openssl rand -base64 32)')
    .optional(),
  DEMO_APPEALS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 to 1000000')
    .max(1_000_000, 'must be 0 to 1000000')
    .optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose'], { error: 'must be error, warn, log, debug or verbose' }).default('log'),
});

/** What each process needs beyond well-formed variables: the projector signs no one in and reads no personal data. */
const schemaFor = (process: ProcessKind) =>
  variables.superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
      context.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'is required in production: the embedded PostgreSQL is for development only',
      });
    }
    if (process !== 'api') return;
    if (env.NODE_ENV === 'production' && !env.OIDC_ISSUER) {
      context.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'is required in production: the development identity provider (demo accounts, /dev/token) refuses to run there',
      });
    }
    if (env.NODE_ENV === 'production' && !env.PII_MASTER_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['PII_MASTER_KEY'],
        message: 'is required in production: personal data cannot be encrypted with a generated development key',
      });
    }
  });

/** The API process, or the standalone projector. */
export type ProcessKind = 'api' | 'projector';

/** The platform's configuration, read once at start-up from the environment. */
export type AppConfig = Readonly<{
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** Where users reach the platform (no trailing slash); default `http://localhost:<PORT>`. */
  publicUrl: string;
  /** Unset: the embedded PostgreSQL under `dataDir` is started. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  /** Set: the event log lives in KurrentDB instead of PostgreSQL. */
  kurrentDbUrl: string | undefined;
  /** Whether this process runs the projections. */
  runProjector: boolean;
  databasePoolSize: number;
  /** Unset: the development identity provider at `<base>/oidc` with demo accounts (never in production). */
  oidcIssuer: string | undefined;
  /** The `aud` access tokens must carry. */
  oidcAudience: string;
  /** Client id of the web apps (a public client using PKCE). */
  oidcClientId: string;
  /** Lifetime in seconds of the access tokens the development provider issues (the web apps renew them). */
  devAccessTokenTtl: number;
  /** Base64 master key of the personal data vault; unset outside production: generated under DATA_DIR. */
  piiMasterKey: string | undefined;
  /** Demo appeals generated once into an empty database at start-up (development only; 0 = none). */
  demoAppeals: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
}>;

/** Lists every wrong or missing variable, one per line, each saying what to fix. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment into a typed config, or throws `ConfigError` naming each bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env, kind: ProcessKind = 'api'): AppConfig {
  // An empty variable means "not set", as in most shells' `FOO= npm start`.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const result = schemaFor(kind).safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const given = environment[name];
        return `${name} ${issue.message}${given === undefined ? '' : ` (got "${given}")`}`;
      }),
    );
  }
  const env = result.data;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    embeddedPostgresPort: env.EMBEDDED_PG_PORT,
    kurrentDbUrl: env.KURRENTDB_URL,
    runProjector: env.PROJECTOR === 'embedded',
    databasePoolSize: env.DB_POOL_SIZE,
    oidcIssuer: env.OIDC_ISSUER,
    oidcAudience: env.OIDC_AUDIENCE,
    oidcClientId: env.OIDC_CLIENT_ID,
    devAccessTokenTtl: env.DEV_ACCESS_TOKEN_TTL,
    piiMasterKey: env.PII_MASTER_KEY,
    demoAppeals: env.NODE_ENV === 'development' ? (env.DEMO_APPEALS ?? 20_000) : 0,
    logLevel: env.LOG_LEVEL,
  };
}

/** The variables, their defaults and meaning: the README's configuration table is checked against this. */
export const CONFIG_VARIABLES = [
  'NODE_ENV',
  'HOST',
  'PORT',
  'PUBLIC_URL',
  'DATABASE_URL',
  'DATA_DIR',
  'EMBEDDED_PG_PORT',
  'KURRENTDB_URL',
  'PROJECTOR',
  'DB_POOL_SIZE',
  'OIDC_ISSUER',
  'OIDC_AUDIENCE',
  'OIDC_CLIENT_ID',
  'DEV_ACCESS_TOKEN_TTL',
  'PII_MASTER_KEY',
  'DEMO_APPEALS',
  'LOG_LEVEL',
] as const;
