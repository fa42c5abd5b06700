import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../../libs/platform/src/database/free-port';

export const API_ENTRY = join('dist', 'apps', 'api', 'src', 'main.js');

/** The API process as `npm start` runs it after its build. */
export type RunningApi = Readonly<{
  /** http://127.0.0.1:<port> */
  base: string;
  pid: number;
  /** An access token of a demo account from the development identity provider. */
  token(login: string): Promise<string>;
  /** SIGTERM, then waits (bounded) for the API to close its pool and exit; SIGKILL if it does not. */
  stop(): Promise<void>;
}>;

const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

/**
 * Builds the API when asked to, or (auto) when dist is missing or older than the sources of the API and its
 * libraries. A failed build says why; another engineer's half-finished change is the usual reason.
 */
export async function ensureBuilt(root: string, mode: 'auto' | 'always' | 'never', log: (line: string) => void): Promise<void> {
  const entry = join(root, API_ENTRY);
  if (mode === 'never') {
    if (!existsSync(entry)) throw new Error(`${API_ENTRY} is missing and BENCH_BUILD=never: run "npm run build" first`);
    return;
  }
  if (mode === 'auto' && existsSync(entry)) {
    const builtAt = statSync(entry).mtimeMs;
    const newer = newestSource(root);
    if (newer.mtimeMs <= builtAt) return;
    log(`dist is older than ${newer.path}: building the API`);
  } else {
    log(mode === 'always' ? 'building the API (BENCH_BUILD=always)' : `${API_ENTRY} is missing: building the API`);
  }
  const started = Date.now();
  const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(
      `"npm run build" failed (exit ${code}). If the errors are in files someone is editing, retry in a few minutes, ` +
        `or set BENCH_BUILD=never to benchmark the existing dist/.\n${output.trim().split('\n').slice(-30).join('\n')}`,
    );
  }
  log(`built in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The newest TypeScript source the API is built from (its app and the server libraries, tests excluded). */
function newestSource(root: string): { path: string; mtimeMs: number } {
  let newest = { path: '', mtimeMs: 0 };
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        const mtimeMs = statSync(path).mtimeMs;
        if (mtimeMs > newest.mtimeMs) newest = { path: path.slice(root.length + 1), mtimeMs };
      }
    }
  };
  visit(join(root, 'apps', 'api', 'src'));
  for (const lib of readdirSync(join(root, 'libs')))
    if (lib !== 'ui' && existsSync(join(root, 'libs', lib, 'src'))) visit(join(root, 'libs', lib, 'src'));
  return newest;
}

/**
 * Starts the built API on a free port of 127.0.0.1 against `databaseUrl`, with the development identity
 * provider, the projections in-process and no demo appeals, and waits until it answers and its projections
 * have caught up (the registry's reference data imported). Its log lines (warnings and up) go to `log`.
 */
export async function startApi(root: string, databaseUrl: string, log: (line: string) => void): Promise<RunningApi> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The personal data vault's development key is generated here; deleted when the API stops.
  const dataDir = mkdtempSync(join(tmpdir(), 'appeals-bench-api-'));
  const child = spawn(process.execPath, [join(root, API_ENTRY)], {
    cwd: root,
    env: {
      ...process.env,
      NO_COLOR: '1',
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: base,
      DATA_DIR: dataDir,
      PROJECTOR: 'embedded',
      DEMO_APPEALS: '0',
      LOG_LEVEL: 'warn',
      KURRENTDB_URL: '',
      OIDC_ISSUER: '',
      PII_MASTER_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines: string[] = [];
  const forward = (chunk: Buffer): void => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 200) lines.shift();
      log(`[api] ${line}`);
    }
  };
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const stop = async (): Promise<void> => {
    await stopChild(child, exited);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(base, child);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nlast lines of the API:\n${lines.slice(-40).join('\n')}`);
  }
  return {
    base,
    pid: child.pid!,
    async token(login) {
      const response = await fetch(`${base}/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login }),
      });
      if (!response.ok) throw new Error(`POST /dev/token for ${login}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { access_token: string }).access_token;
    },
    stop,
  };
}

type Health = { projections?: Array<{ name: string; caughtUp: boolean }> };

async function waitUntilReady(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} while starting`);
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
      const health = (await response.json()) as Health;
      const projections = health.projections ?? [];
      if (projections.length > 0 && projections.every((projection) => projection.caughtUp)) return;
      last = `projections behind: ${
        projections
          .filter((p) => !p.caughtUp)
          .map((p) => p.name)
          .join(', ') || 'none reported'
      }`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`the API was not ready within ${READY_TIMEOUT_MS / 1000} s (${last})`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const cancel = new AbortController();
  const timer = sleep(STOP_TIMEOUT_MS, 'timeout' as const, { signal: cancel.signal }).catch(() => 'cancelled' as const);
  const outcome = await Promise.race([exited, timer]);
  cancel.abort();
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
