import { CONFIG_VARIABLES, ConfigError, loadConfig } from './config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('loadConfig', () => {
  it('gives the embedded development defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      dataDir: '.data',
      embeddedPostgresPort: 54329,
      kurrentDbUrl: undefined,
      runProjector: true,
      databasePoolSize: 10,
      oidcIssuer: undefined,
      oidcAudience: 'urn:appeals:api',
      oidcClientId: 'appeals-web',
      devAccessTokenTtl: 3600,
      piiMasterKey: undefined,
      demoAppeals: 20_000,
      logLevel: 'log',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://app:secret@db:5432/appeals',
      KURRENTDB_URL: 'kurrentdb://kurrent:2113?tls=false',
      PROJECTOR: 'off',
      DB_POOL_SIZE: '20',
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: 'https://esia.gosuslugi.ru',
      PII_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
    });
    expect(config).toMatchObject({
      env: 'production',
      port: 8080,
      runProjector: false,
      databasePoolSize: 20,
      kurrentDbUrl: 'kurrentdb://kurrent:2113?tls=false',
    });
  });

  it('names each wrong or missing variable on its own line, saying what to fix', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'prod', PORT: 'abc', DATABASE_URL: 'mysql://x', PROJECTOR: 'yes', EMBEDDED_PG_PORT: '70000' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'NODE_ENV must be development, test or production (got "prod")',
      'PORT must be a port number (got "abc")',
      'DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database (got "mysql://x")',
      'EMBEDDED_PG_PORT must be 1 to 65535 (got "70000")',
      'PROJECTOR must be "embedded" (the API runs the projections) or "off" (a separate projector does) (got "yes")',
    ]);
  });

  it('requires a real database, identity provider and master key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      [
        'Configuration is not valid:',
        '  - DATABASE_URL is required in production: the embedded PostgreSQL is for development only',
        '  - OIDC_ISSUER is required in production: the development identity provider (demo accounts, /dev/token) refuses to run there',
        '  - PII_MASTER_KEY is required in production: personal data cannot be encrypted with a generated development key',
      ].join('\n'),
    );
  });

  it('asks the standalone projector only for what it uses', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://app:secret@db:5432/appeals' }, 'projector')).toMatchObject({
      env: 'production',
    });
  });

  it('refuses a master key of the wrong length', () => {
    expect(() => loadConfig({ PII_MASTER_KEY: Buffer.alloc(16).toString('base64') })).toThrow('PII_MASTER_KEY must be 32 bytes in base64');
  });

  it('takes a short access token lifetime for the development provider, within bounds', () => {
    expect(loadConfig({ DEV_ACCESS_TOKEN_TTL: '20' })).toMatchObject({ devAccessTokenTtl: 20 });
    expect(() => loadConfig({ DEV_ACCESS_TOKEN_TTL: '5' })).toThrow('DEV_ACCESS_TOKEN_TTL must be 10 to 86400 seconds (got "5")');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 3000, databaseUrl: undefined });
  });

  it('is documented: every variable appears in the README configuration table', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme).toContain(`| \`${name}\``);
  });
});
