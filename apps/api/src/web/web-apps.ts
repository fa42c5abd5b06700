import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@app/platform';

/** The three web apps and where each is served; `npm run build:web` writes them to `dist/web/<name>`. */
export const WEB_APPS = [
  { name: 'voter', base: '/' },
  { name: 'responder', base: '/responder/' },
  { name: 'analyst', base: '/analyst/' },
] as const;

/** What the built web apps read at start-up, so one build serves every environment. */
export type WebAppConfig = Readonly<{
  graphqlUrl: string;
  oidc: Readonly<{ authority: string; clientId: string; resource: string; scope: string }>;
}>;

/** Paths the API owns: a deep link never falls back to an app's page there. */
const API_PATHS = /^\/(graphql|oidc|healthz|dev|export|attachments|app-config\.json)(\/|$)/;
/** `dist/web`, next to `dist/apps`, wherever the build is run from. */
export const DEFAULT_WEB_ROOT = join(__dirname, '..', '..', '..', '..', 'web');

export function webAppConfig(config: AppConfig): WebAppConfig {
  return {
    graphqlUrl: '/graphql',
    oidc: {
      authority: config.oidcIssuer ?? `${config.publicUrl}/oidc`,
      clientId: config.oidcClientId,
      resource: config.oidcAudience,
      scope: 'openid profile roles',
    },
  };
}

/**
 * Serves `/app-config.json` and the built web apps with @fastify/static: a file of the build if there is
 * one (hashed assets cached for a year, pages never), else — for a deep link such as
 * /responder/appeals/1 — the app's index.html. Files are looked up per request, so a rebuild while the
 * API runs is served as it is. Returns the apps it found; a missing build is skipped.
 */
export async function serveWebApps(fastify: FastifyInstance, config: AppConfig, webRoot = DEFAULT_WEB_ROOT): Promise<string[]> {
  const runtimeConfig = webAppConfig(config);
  fastify.get('/app-config.json', async (_request, reply) => reply.header('cache-control', 'no-store').send(runtimeConfig));

  const served: string[] = [];
  for (const app of WEB_APPS) {
    const root = resolve(webRoot, app.name);
    if (!existsSync(join(root, 'index.html'))) continue;
    served.push(app.name);
    // Each app in its own scope, so that each has its own `reply.sendFile` root.
    await fastify.register(async (scope) => {
      await scope.register(fastifyStatic, {
        root,
        serve: false, // the route below decides between a file and the app's page
        cacheControl: false,
        setHeaders: (reply, path) =>
          void reply.header('cache-control', isHashedAsset(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
      scope.get(`${app.base}*`, (request, reply) => sendFileOrPage(request, reply, root, app.base));
      if (app.base !== '/') scope.get(app.base.slice(0, -1), (_request, reply) => reply.redirect(app.base, 301));
    });
  }
  return served;
}

async function sendFileOrPage(request: FastifyRequest, reply: FastifyReply, root: string, base: string): Promise<FastifyReply> {
  const path = request.url.split('?')[0];
  const file = await buildFile(root, path.slice(base.length));
  if (file) return reply.sendFile(file);
  // A missing file (a name with an extension) or an API path is a real 404, not a page of the app.
  if (API_PATHS.test(path) || /\.[a-z0-9]+$/i.test(path)) {
    reply.callNotFound();
    return reply;
  }
  return reply.sendFile('index.html');
}

/** The path of a file of the build under `root`, relative to it, or null (never outside `root`). */
async function buildFile(root: string, urlPath: string): Promise<string | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (relative === '' || relative.includes('\0')) return null;
  const absolute = resolve(root, relative);
  if (!absolute.startsWith(root + sep)) return null;
  const found = await stat(absolute).catch(() => null);
  return found?.isFile() ? absolute.slice(root.length + 1) : null;
}

/** Vite names built assets `assets/<name>-<hash>.<ext>`: their content never changes under that name. */
function isHashedAsset(path: string): boolean {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/.test(path);
}
