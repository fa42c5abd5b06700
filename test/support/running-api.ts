import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ROOT, type RunningProcess, startNode } from './processes';

export const API_ENTRY = 'dist/apps/api/src/main.js';

export type RunningApi = Readonly<{
  base: string;
  dataDir: string;
  /** The embedded database, for tests that look under the API (e.g. at the event log). */
  databaseUrl(): string;
  /** One query on that database, on a connection of its own. */
  sql<T>(text: string, values?: unknown[]): Promise<T[]>;
  process: RunningProcess;
  graphql(query: string, options?: { token?: string; variables?: Record<string, unknown> }): Promise<GraphQLResponse>;
  token(login: string): Promise<string>;
  stop(): Promise<void>;
}>;

export type GraphQLResponse = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

/** The built API as `npm start` runs it, on its own embedded PostgreSQL, ports and data directory. */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  if (!existsSync(join(ROOT, API_ENTRY))) throw new Error(`${API_ENTRY} is missing: run "npm run build" first (npm test does)`);
  const dataDir = mkdtempSync(join(tmpdir(), 'appeals-api-'));
  const port = await freePort();
  const postgresPort = await freePort();
  const base = `http://localhost:${port}`;
  const process = startNode(API_ENTRY, {
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(postgresPort),
    DATABASE_URL: '',
    KURRENTDB_URL: '',
    OIDC_ISSUER: '',
    PUBLIC_URL: base,
    DEMO_APPEALS: '0',
    ...env,
  });
  await process.waitFor('ready: GraphQL at');
  await projectionsCaughtUp(base);
  const databaseUrl = (): string =>
    `postgres://postgres:${readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim()}@127.0.0.1:${postgresPort}/appeals`;
  return {
    base,
    dataDir,
    databaseUrl,
    async sql<T>(text: string, values: unknown[] = []) {
      const client = new Client({ connectionString: databaseUrl() });
      await client.connect();
      try {
        return (await client.query(text, values)).rows as T[];
      } finally {
        await client.end();
      }
    },
    process,
    async graphql(query, options = {}) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async token(login) {
      const response = await fetch(`${base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login }),
      });
      if (!response.ok) throw new Error(`/dev/token for ${login}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async stop() {
      if (process.child.exitCode === null) {
        process.child.kill('SIGTERM');
        await process.exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until every projection has applied the log (the start-up seeding included). */
async function projectionsCaughtUp(base: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { projections: Array<{ name: string; caughtUp: boolean }> };
    if (health.projections.length > 0 && health.projections.every((projection) => projection.caughtUp)) return;
    if (Date.now() > deadline) throw new Error(`Projections still behind after ${timeoutMs} ms: ${JSON.stringify(health.projections)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
