import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { loadConfig } from '@app/platform/config/config';
import { serveWebApps } from './web-apps';

describe('serving the web apps', () => {
  let webRoot: string;
  let fastify: FastifyInstance;
  let served: string[];
  let base: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'web-apps-'));
    for (const app of ['voter', 'responder']) {
      mkdirSync(join(webRoot, app, 'assets'), { recursive: true });
      writeFileSync(join(webRoot, app, 'index.html'), `<title>${app}</title>`);
      writeFileSync(join(webRoot, app, 'assets', 'index-AbCd1234.js'), `// ${app}`);
    }
    writeFileSync(join(webRoot, 'secret.txt'), 'outside every app');
    fastify = Fastify();
    fastify.get('/healthz', async () => ({ status: 'ok' }));
    served = await serveWebApps(fastify, loadConfig({ PORT: '3000', OIDC_AUDIENCE: 'urn:appeals:api' }), webRoot);
    base = await fastify.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  /** Over HTTP as a browser asks, without following redirects; the path is sent as written. */
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    const body = await response.text();
    return { statusCode: response.status, body, headers: Object.fromEntries(response.headers), json: () => JSON.parse(body) as unknown };
  };

  it('serves each built app at its base, and skips one that was not built', async () => {
    expect(served).toEqual(['voter', 'responder']);
    expect((await get('/')).body).toBe('<title>voter</title>');
    expect((await get('/responder/')).body).toBe('<title>responder</title>');
    expect((await get('/responder')).headers.location).toBe('/responder/');
    expect((await get('/analyst/')).body).toBe('<title>voter</title>'); // not built: a page of the portal, which says "not found"
  });

  it('answers a deep link with the page of its app, never cached', async () => {
    const deep = await get('/responder/appeals/123?tab=history');
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toBe('<title>responder</title>');
    expect(deep.headers['cache-control']).toBe('no-cache');
    expect((await get('/appeals/new')).body).toBe('<title>voter</title>');
  });

  it('caches hashed assets for good, and answers a missing file or an API path with 404', async () => {
    const asset = await get('/responder/assets/index-AbCd1234.js');
    expect(asset.body).toBe('// responder');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/index-gone1234.js')).statusCode).toBe(404);
    expect((await get('/graphql/anything')).statusCode).toBe(404);
    expect((await get('/export/unknown')).statusCode).toBe(404);
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
  });

  it('never serves a file outside the build', async () => {
    for (const url of ['/..%2fsecret.txt', '/responder/..%2fsecret.txt', '/responder/%2e%2e%2fsecret.txt', '/responder/..%5csecret.txt']) {
      const response = await get(url);
      expect({ url, body: response.body }).not.toEqual({ url, body: 'outside every app' });
    }
  });

  it('tells the apps where to sign in and where the API is', async () => {
    const response = await get('/app-config.json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      graphqlUrl: '/graphql',
      oidc: {
        authority: 'http://localhost:3000/oidc',
        clientId: 'appeals-web',
        resource: 'urn:appeals:api',
        scope: 'openid profile roles',
      },
    });
  });
});
