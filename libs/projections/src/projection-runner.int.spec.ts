import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type NewEvent, PostgresEventStore } from '@app/event-store';
import { openReadModelDatabase } from '@app/platform/database/data-source';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { DataSource } from 'typeorm';
import { ProjectionCheckpoints1763900000000 } from './migrations/1763900000000-projection-checkpoints';
import { ProjectionRunner } from './projection-runner';
import { tallyProjection } from './testing/tally-projection';

const STREAMS = 10;
const EVENTS_PER_STREAM = 30;

describe('ProjectionRunner', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('projections');
    store = await PostgresEventStore.create({ connectionString: database.url });
    dataSource = await openReadModelDatabase({ url: database.url, migrations: [ProjectionCheckpoints1763900000000] });
    for (let round = 0; round < EVENTS_PER_STREAM; round++) {
      for (let s = 0; s < STREAMS; s++) {
        const events: NewEvent[] = [{ type: 'Counted', data: { round }, metadata: { occurredAt: new Date().toISOString() } }];
        if (round % 10 === 0) events.push({ type: 'Ignored', data: {}, metadata: { occurredAt: new Date().toISOString() } });
        await store.appendToStream(`tally-${s}`, events, { expectedVersion: 'any' });
      }
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await store?.close();
    await database?.drop();
  });

  /** The read model, and the same figures computed straight from the log. */
  const readModel = async (): Promise<unknown> => ({
    streams: await dataSource.query('select stream_id, events, last_version from tally_streams order by stream_id'),
    events: Number((await dataSource.query('select count(*) from tally_events'))[0].count),
  });

  it('leaves nothing half-written when the process dies mid-batch, and catches up to what a rebuild gives', async () => {
    const child = spawnProjector({ PAUSE_MS: '1000', BATCH_SIZE: '50' });
    await waitForOutput(child, 'mid-batch 2');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    // The first batch committed with its checkpoint; the second died between its two writes and left nothing.
    const afterCrash = (await readModel()) as { streams: Array<{ events: number }>; events: number };
    expect(afterCrash.events).toBeGreaterThan(0);
    expect(afterCrash.events).toBeLessThan(50);
    expect(afterCrash.streams.reduce((sum, row) => sum + row.events, 0)).toBe(afterCrash.events);

    const runner = new ProjectionRunner(dataSource, store, [tallyProjection()], { batchSize: 50 });
    const [before] = await runner.status();
    expect(before).toMatchObject({ name: 'tally', eventsApplied: afterCrash.events, caughtUp: false, running: false });
    expect(before.lagSeconds).toBeGreaterThanOrEqual(0);

    await runner.start();
    await runner.waitUntilCaughtUp(30_000);
    const incremental = await readModel();
    expect((await runner.status())[0]).toMatchObject({
      caughtUp: true,
      lagSeconds: 0,
      eventsApplied: STREAMS * EVENTS_PER_STREAM,
      running: true,
    });

    await runner.rebuild('tally');
    const rebuilt = await readModel();
    await runner.stop();

    expect(incremental).toEqual(rebuilt);
    expect(rebuilt).toEqual({
      streams: Array.from({ length: STREAMS }, (_, s) => ({
        stream_id: `tally-${s}`,
        events: EVENTS_PER_STREAM,
        last_version: EVENTS_PER_STREAM + 2,
      })).sort((a, b) => a.stream_id.localeCompare(b.stream_id)),
      events: STREAMS * EVENTS_PER_STREAM,
    });
  });

  it('applies each event once when two runners race, and follows live appends', async () => {
    const first = new ProjectionRunner(dataSource, store, [tallyProjection()], { batchSize: 7 });
    const second = new ProjectionRunner(dataSource, store, [tallyProjection()], { batchSize: 11 });
    await first.rebuild('tally');
    await Promise.all([first.start(), second.start()]);
    await store.appendToStream('tally-live', [{ type: 'Counted', data: {}, metadata: { occurredAt: new Date().toISOString() } }], {
      expectedVersion: 'no_stream',
    });
    await Promise.all([first.waitUntilCaughtUp(30_000), second.waitUntilCaughtUp(30_000)]);
    await Promise.all([first.stop(), second.stop()]);
    const model = (await readModel()) as { events: number; streams: Array<{ stream_id: string; events: number }> };
    expect(model.events).toBe(STREAMS * EVENTS_PER_STREAM + 1);
    expect(model.streams.find((row) => row.stream_id === 'tally-live')).toMatchObject({ events: 1 });
  });

  it('retries a failing batch from its checkpoint and reports the error meanwhile', async () => {
    let failures = 2;
    const flaky = tallyProjection({
      onBatch: () => {
        if (failures-- > 0) throw new Error('read model unavailable');
      },
    });
    const runner = new ProjectionRunner(dataSource, store, [flaky], { batchSize: 1000 });
    await runner.rebuild('tally').catch(() => undefined);
    await runner.start();
    await runner.waitUntilCaughtUp(30_000);
    await runner.stop();
    expect(((await readModel()) as { events: number }).events).toBe(STREAMS * EVENTS_PER_STREAM + 1);
  });

  function spawnProjector(env: Record<string, string>): ChildProcess {
    const script = join(__dirname, 'testing', 'run-tally-projector.ts');
    // One process (not the tsx CLI, which runs the script in a child), so SIGKILL kills the projector itself.
    return spawn(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, ...env, DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  }
});

function waitForOutput(child: ChildProcess, text: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "${text}" in ${timeoutMs} ms; output: ${output}`)), timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`projector exited (${code}) before "${text}"; output: ${output}`)));
  });
}
