import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '@test/processes';
import { type RunningApi, startApi } from '@test/running-api';

const DEPUTY1 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001';
/** What `npm start` generates on its first start (README, `DEMO_APPEALS`). */
const DEMO_APPEALS = '20000';
/** Each command of the walk-through, tokens included. */
const COMMAND_TIMEOUT_MS = 20_000;
/** How long a read (the inbox, the appeal's timeline) may take to show what the commands before it did. */
const READ_MODEL_WAIT_MS = 10_000;

type Answer = { data?: Record<string, unknown> | null; errors?: unknown[] };
type Expectation = Readonly<{
  /** For reads of an eventually consistent read model: whether the answer shows the commands before it yet. */
  settled?(result: unknown): boolean;
  check(result: unknown): void;
}>;

/** The first ```sh block under "## Using the API": its set-up lines, then the lines that send a GraphQL request. */
function walkthrough(readme: string): { setup: string[]; requests: string[] } {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Using the API\n'));
  const block = section?.match(/^```sh\n([\s\S]*?)^```$/m)?.[1];
  if (block === undefined) throw new Error('README.md has no ```sh block under "## Using the API"');
  const lines = block.split('\n').filter((line) => line.trim() !== '');
  const first = lines.findIndex((line) => line.includes('"query"'));
  const setup = lines.slice(0, first);
  const requests = lines.slice(first);
  if (first < 1 || requests.some((line) => !line.includes('"query"')))
    throw new Error(`Expected set-up lines, then GraphQL requests only, in the walk-through:\n${block}`);
  return { setup, requests };
}

/**
 * The README's API walk-through, its own commands run by bash against the built API with `npm start`'s demo data: only
 * `localhost:3000` is changed (to the test's API, which `npm run token` finds through PUBLIC_URL) and `<id>` is filled in
 * with the appealId of the first answer.
 */
describe('the README walk-through "Using the API"', () => {
  let api: RunningApi;
  beforeAll(async () => {
    // NODE_ENV=development: the demo seeder runs only there.
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS });
    await api.process.waitFor('demo data ready', 180_000);
    await projectionsCaughtUp(api.base);
  }, 240_000);
  afterAll(async () => {
    await api?.stop();
  });

  /** One request line after the set-up lines, in a bash of its own, as a reader would paste them. */
  const run = async (setup: readonly string[], request: string): Promise<Answer> => {
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', [...setup, request].join('\n')], {
      cwd: ROOT,
      env: { ...process.env, PUBLIC_URL: api.base },
      timeout: COMMAND_TIMEOUT_MS,
    });
    try {
      return JSON.parse(stdout) as Answer;
    } catch {
      throw new Error(`Not a GraphQL answer from\n${request}\nstdout: ${stdout}\nstderr: ${stderr}`);
    }
  };

  it('submits, lists, answers, rates and closes the appeal as written', async () => {
    const host = new URL(api.base).host;
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const { setup, requests } = walkthrough(readme.replaceAll('localhost:3000', host));
    let appealId = '';
    const expectations: Record<string, Expectation> = {
      submitAppeal: {
        check(result) {
          expect(result).toMatchObject({ appealId: expect.any(String), status: 'ASSIGNED', deputyId: DEPUTY1 });
          appealId = (result as { appealId: string }).appealId;
        },
      },
      deputyInbox: {
        settled: (result) => (result as { items: Array<{ id: string }> }).items.some((item) => item.id === appealId),
        check: (result) =>
          expect((result as { items: unknown[] }).items).toContainEqual(expect.objectContaining({ id: appealId, status: 'ASSIGNED' })),
      },
      answerAppeal: { check: (result) => expect(result).toEqual({ status: 'ANSWERED' }) },
      submitFeedback: { check: (result) => expect(result).toEqual({ status: 'CLOSED' }) },
      appeal: {
        settled: (result) => (result as { status: string }).status === 'CLOSED',
        check(result) {
          const { status, timeline } = result as { status: string; timeline: Array<{ type: string }> };
          expect({ status, last: timeline.slice(-2).map((entry) => entry.type) }).toEqual({
            status: 'CLOSED',
            last: ['FeedbackSubmitted', 'AppealClosed'],
          });
        },
      },
    };

    const operations: string[] = [];
    for (const request of requests) {
      if (request.includes('<id>') && appealId === '') throw new Error(`<id> before an appeal was submitted:\n${request}`);
      const command = request.replaceAll('<id>', appealId);
      const deadline = Date.now() + READ_MODEL_WAIT_MS;
      let answer = await run(setup, command);
      let [operation, result] = Object.entries(answer.data ?? {})[0] ?? [];
      // Only reads are asked again: a mutation sent twice would be a second command.
      while (operation !== undefined && expectations[operation]?.settled?.(result) === false && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = await run(setup, command);
        [operation, result] = Object.entries(answer.data ?? {})[0] ?? [];
      }
      expect({ request, errors: answer.errors ?? [] }).toEqual({ request, errors: [] });
      operations.push(operation ?? '(no data)');
      expectations[operation ?? '']?.check(result);
    }
    expect(operations).toEqual(['submitAppeal', 'deputyInbox', 'answerAppeal', 'submitFeedback', 'appeal']);
  }, 120_000);
});

/** Waits until every projection has applied the log, the demo data included. */
async function projectionsCaughtUp(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const health = (await (await fetch(`${base}/healthz`)).json()) as { projections: Array<{ caughtUp: boolean }> };
    if (health.projections.length > 0 && health.projections.every((projection) => projection.caughtUp)) return;
    if (Date.now() > deadline) throw new Error(`Projections still behind after ${timeoutMs} ms: ${JSON.stringify(health.projections)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
