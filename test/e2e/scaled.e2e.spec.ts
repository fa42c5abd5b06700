import { createTestDatabase, type TestDatabase } from '@test/database';
import { freePort, type RunningProcess, startNode } from '@test/processes';

/** The scaled deployment: API processes with PROJECTOR=off and the projector as its own process. */
describe('API and projector as separate processes', () => {
  let database: TestDatabase;
  const processes: RunningProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('scaled');
  });
  afterAll(async () => {
    for (const running of processes) {
      if (running.child.exitCode === null) {
        running.child.kill('SIGTERM');
        await running.exited;
      }
    }
    await database?.drop();
  });

  it('serves read models that only the projector process builds', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: database.url,
      KURRENTDB_URL: '',
      OIDC_ISSUER: '',
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      DEMO_APPEALS: '0',
    };
    const api = startNode('dist/apps/api/src/main.js', { ...env, PROJECTOR: 'off' });
    processes.push(api);
    await api.waitFor('ready: GraphQL at');
    const projector = startNode('dist/apps/projector/src/main.js', env);
    processes.push(projector);

    const regions = async (): Promise<number> => {
      const response = await fetch(`http://localhost:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { code } }' }),
      });
      return ((await response.json()) as { data: { regions: unknown[] } }).data.regions.length;
    };
    const deadline = Date.now() + 30_000;
    while ((await regions()) < 85 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await regions()).toBe(85);

    const health = (await (await fetch(`http://localhost:${port}/healthz`)).json()) as {
      projections: Array<{ name: string; running: boolean }>;
    };
    expect(health.projections.find((p) => p.name === 'registry')).toMatchObject({ running: false });

    projector.child.kill('SIGTERM');
    expect(await projector.exited).toBe(0);
  });

  it('refuses to start the projector without DATABASE_URL, saying why', async () => {
    const projector = startNode('dist/apps/projector/src/main.js', { DATABASE_URL: '' });
    processes.push(projector);
    expect(await projector.exited).toBe(78);
    expect(projector.output()).toContain('The standalone projector needs DATABASE_URL');
  });
});
