import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase } from '@test/database';
import { freePort, ROOT, type RunningProcess, startNode } from '@test/processes';

const API = 'dist/apps/api/src/main.js';

/** `npm start` after its build step: the API on an embedded PostgreSQL kept under DATA_DIR. */
describe('npm start', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let api: RunningProcess | undefined;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, API))) throw new Error(`${API} is missing: run "npm run build" first (npm test does)`);
    dataDir = mkdtempSync(join(tmpdir(), 'appeals-start-'));
    env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
      DATABASE_URL: '',
      KURRENTDB_URL: '',
      DEMO_APPEALS: '0',
    };
  });

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await api.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const graphql = async (query: string): Promise<unknown> => {
    const response = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return response.json();
  };

  const postmasterPid = (): number => Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('answers { health } over HTTP and /healthz', async () => {
    api = startNode(API, env);
    await api.waitFor('ready: GraphQL at');
    expect(await graphql('{ health { status database { ok } eventLog { adapter ok } } }')).toEqual({
      data: { health: { status: 'OK', database: { ok: true }, eventLog: { adapter: 'postgres', ok: true } } },
    });
    const healthz = await fetch(`http://127.0.0.1:${env.PORT}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('refuses a second start on the same data, saying why', async () => {
    const second = startNode(API, { ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`PostgreSQL (pid ${postmasterPid()}) is already running on ${join(dataDir, 'postgres')}`);
    expect((await fetch(`http://127.0.0.1:${env.PORT}/healthz`)).status).toBe(200);
  });

  it('stops PostgreSQL on SIGTERM and keeps the data for the next start', async () => {
    const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
    const url = `postgres://postgres:${password}@127.0.0.1:${env.EMBEDDED_PG_PORT}/appeals`;
    await sql(url, 'create table kept (note text)');
    await sql(url, 'insert into kept values ($1)', ['обращение №1']);
    const pid = postmasterPid();

    api!.child.kill('SIGTERM');
    expect(await api!.exited).toBe(0);
    expect(api!.output()).toContain('SIGTERM: shutting down');
    expect(alive(pid)).toBe(false);

    api = startNode(API, env);
    await api.waitFor('ready: GraphQL at');
    expect(await sql(url, 'select note from kept')).toEqual([{ note: 'обращение №1' }]);
    api.child.kill('SIGINT');
    expect(await api.exited).toBe(0);
  });

  it('uses an existing PostgreSQL from DATABASE_URL instead of starting one', async () => {
    const database = await createTestDatabase('start_external');
    const otherDataDir = mkdtempSync(join(tmpdir(), 'appeals-external-'));
    try {
      const external = startNode(API, { ...env, DATA_DIR: otherDataDir, PORT: String(await freePort()), DATABASE_URL: database.url });
      await external.waitFor('ready: GraphQL at');
      expect(external.output()).not.toContain('embedded PostgreSQL');
      expect(existsSync(join(otherDataDir, 'postgres'))).toBe(false);
      expect(await sql(database.url, 'select count(*)::int as n from typeorm_migrations')).toEqual([{ n: expect.any(Number) }]);
      external.child.kill('SIGTERM');
      expect(await external.exited).toBe(0);
    } finally {
      rmSync(otherDataDir, { recursive: true, force: true });
      await database.drop();
    }
  });

  it('stops at start-up with one line per wrong variable', async () => {
    const bad = startNode(API, { ...env, PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(await bad.exited).toBe(78);
    expect(bad.output()).toContain(
      'Configuration is not valid:\n  - PORT must be a port number (got "abc")\n  - LOG_LEVEL must be error, warn, log, debug or verbose (got "loud")',
    );
  });
});

async function sql(url: string, text: string, values: unknown[] = []): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}
