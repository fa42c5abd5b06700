export { freePort } from '../../libs/platform/src/database/free-port';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export type RunningProcess = Readonly<{
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}>;

/** Starts the built app (`node dist/...`) as `npm start` does after its build, capturing its output. */
export function startNode(entry: string, env: Record<string, string>): RunningProcess {
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (text: string | RegExp, timeoutMs = 60_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const matches = (): boolean => (typeof text === 'string' ? output.includes(text) : text.test(output));
      const timer = setInterval(() => {
        if (matches()) {
          clearInterval(timer);
          resolve();
        } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
          clearInterval(timer);
          reject(new Error(`"${String(text)}" did not appear (exit code ${child.exitCode}); output:\n${output}`));
        }
      }, 50);
      const started = Date.now();
    });
  return { child, output: () => output, exited, waitFor };
}
