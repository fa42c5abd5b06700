import { randomUUID } from 'node:crypto';
import { CommandIdReusedError, EventStoreInputError, WrongExpectedVersionError } from '../errors';
import { comparePositions, type GlobalPosition, START } from '../position';
import type { EventStore, NewEvent, StoredEvent, Subscription } from '../types';
import type { Upcaster } from '../upcasters';

/** What an adapter's test file provides to run the shared contract. */
export type EventStoreHarness = Readonly<{
  /** A new store instance on the same log (called again to simulate a restart). */
  connect(options?: { upcasters?: readonly Upcaster[] }): Promise<EventStore>;
  /**
   * Appends inside a transaction held open for `holdMs`, then commits or rolls back. Adapters without
   * client transactions (KurrentDB) leave it out, and the parts of the torture test that need it are skipped.
   */
  appendInOpenTransaction?(
    store: EventStore,
    streamId: string,
    events: readonly NewEvent[],
    options: { holdMs: number; rollback: boolean },
  ): Promise<void>;
}>;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function event(type: string, data: unknown, metadata: Partial<NewEvent['metadata']> = {}): NewEvent {
  return { type, data, metadata: { occurredAt: '2026-11-23T10:00:00.000Z', ...metadata } };
}

/** Reads a subscription until `done` says so, or fails after `timeoutMs` naming what it saw. */
export async function collectUntil(
  subscription: Subscription,
  accept: (event: StoredEvent) => boolean,
  done: (seen: StoredEvent[]) => boolean,
  timeoutMs = 20_000,
): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  const timer = setTimeout(() => void subscription.close(), timeoutMs);
  try {
    for await (const batch of subscription) {
      seen.push(...batch.filter(accept));
      if (done(seen)) return seen;
    }
  } finally {
    clearTimeout(timer);
  }
  throw new Error(`Subscription ended after ${timeoutMs} ms having seen ${seen.length} matching events`);
}

/** The behaviour every `EventStore` adapter must have. */
export function describeEventStoreContract(harness: EventStoreHarness): void {
  describe('EventStore contract', () => contract(harness));
}

function contract(harness: EventStoreHarness): void {
  let store: EventStore;
  let prefix: string;
  const stream = (name: string): string => `${prefix}-${name}`;
  const ours = (e: StoredEvent): boolean => e.streamId.startsWith(`${prefix}-`);

  beforeAll(async () => {
    store = await harness.connect();
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(() => {
    prefix = `t${randomUUID().slice(0, 8)}`;
  });

  describe('append and read a stream', () => {
    it('numbers a stream from 0 and returns the next expected version', async () => {
      const first = await store.appendToStream(stream('a'), [event('A', { n: 1 }), event('A', { n: 2 })], { expectedVersion: 'no_stream' });
      expect(first).toMatchObject({ nextExpectedVersion: 1, duplicate: false });
      const second = await store.appendToStream(stream('a'), [event('B', { n: 3 })], { expectedVersion: 1 });
      expect(second.nextExpectedVersion).toBe(2);
      expect(comparePositions(second.position, first.position)).toBe(1);

      const events = await store.readStream(stream('a'));
      expect(events.map((e) => [e.streamVersion, e.type, e.data])).toEqual([
        [0, 'A', { n: 1 }],
        [1, 'A', { n: 2 }],
        [2, 'B', { n: 3 }],
      ]);
      expect(events[2].position).toEqual(second.position);
      expect(await store.readStream(stream('a'), { fromVersion: 1, maxCount: 1 })).toHaveLength(1);
    });

    it('returns no events for a stream that does not exist', async () => {
      expect(await store.readStream(stream('missing'))).toEqual([]);
    });

    it('keeps metadata and the event id as given', async () => {
      const eventId = randomUUID();
      const metadata = {
        commandId: randomUUID(),
        correlationId: 'corr-1',
        causationId: 'cause-1',
        actorId: 'user:42',
        occurredAt: '2026-01-02T03:04:05.000Z',
      };
      await store.appendToStream(stream('m'), [{ ...event('A', {}), eventId, metadata }], { expectedVersion: 'any' });
      const [stored] = await store.readStream(stream('m'));
      expect(stored.eventId).toBe(eventId);
      expect(stored.metadata).toEqual(metadata);
      expect(stored.schemaVersion).toBe(1);
      expect(stored.recordedAt).toBeInstanceOf(Date);
    });

    it('stores Russian text, emoji and every JSON type unchanged', async () => {
      const data = {
        subject: 'Не вывозят мусор во дворе — ул. Ленина, д. 5, кв. 12',
        text: 'Ёлки-палки! «Кавычки», №7, 100 ₽, эмодзи 🏠🚌, 中文, עברית',
        nested: { list: [1, 2.5, -3, true, false, null, 'строка'], empty: {} },
      };
      await store.appendToStream(stream('ru'), [event('ОбращениеПодано', data)], { expectedVersion: 'any' });
      const [stored] = await store.readStream(stream('ru'));
      expect(stored.type).toBe('ОбращениеПодано');
      expect(stored.data).toEqual(data);
    });

    it('stores text that merely spells a NUL escape, backslash and all', async () => {
      const data = { text: 'C:\\temp\\u0000 and \\\\u0000 as typed' };
      await store.appendToStream(stream('esc'), [event('Escapes', data)], { expectedVersion: 'any' });
      expect((await store.readStream(stream('esc')))[0].data).toEqual(data);
    });

    // About 0.75 MB of UTF-8: under KurrentDB's default 1 MiB limit on one append.
    it('stores a large payload unchanged', async () => {
      const text = 'Обращение '.repeat(40_000);
      await store.appendToStream(stream('big'), [event('Large', { text })], { expectedVersion: 'any' });
      const [stored] = await store.readStream(stream('big'));
      expect((stored.data as { text: string }).text).toBe(text);
    });

    it('rejects bad input with a message that says what to fix, storing nothing', async () => {
      await expect(store.appendToStream('', [event('A', {})], { expectedVersion: 'any' })).rejects.toThrow(EventStoreInputError);
      await expect(store.appendToStream(stream('x'), [event('', {})], { expectedVersion: 'any' })).rejects.toThrow(/type must be/);
      await expect(
        store.appendToStream(stream('x'), [{ type: 'A', data: {}, metadata: { occurredAt: 'yesterday' } }], { expectedVersion: 'any' }),
      ).rejects.toThrow(/occurredAt/);
      await expect(store.appendToStream(stream('x'), [event('A', {})], { expectedVersion: -2 })).rejects.toThrow(/expectedVersion/);
      expect(await store.readStream(stream('x'))).toEqual([]);
    });
  });

  describe('optimistic concurrency', () => {
    it('rejects a stale expected version, naming the stream, the expected and the actual version', async () => {
      await store.appendToStream(stream('c'), [event('A', {}), event('A', {})], { expectedVersion: 'no_stream' });
      const error = await store.appendToStream(stream('c'), [event('A', {})], { expectedVersion: 0 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId: stream('c'), expected: 0, actual: 1 });
      expect((error as Error).message).toBe(`Wrong expected version for stream "${stream('c')}": expected 0, actual 1`);
      expect(await store.readStream(stream('c'))).toHaveLength(2);
    });

    it('checks no_stream, stream_exists and any', async () => {
      await expect(store.appendToStream(stream('s'), [event('A', {})], { expectedVersion: 'stream_exists' })).rejects.toMatchObject({
        actual: 'no_stream',
      });
      await store.appendToStream(stream('s'), [event('A', {})], { expectedVersion: -1 });
      await expect(store.appendToStream(stream('s'), [event('A', {})], { expectedVersion: 'no_stream' })).rejects.toMatchObject({
        expected: 'no_stream',
        actual: 0,
      });
      await store.appendToStream(stream('s'), [event('A', {})], { expectedVersion: 'stream_exists' });
      const last = await store.appendToStream(stream('s'), [event('A', {})], { expectedVersion: 'any' });
      expect(last.nextExpectedVersion).toBe(2);
    });

    it('lets exactly one of many concurrent writers with the same expected version win', async () => {
      await store.appendToStream(stream('race'), [event('A', {})], { expectedVersion: 'no_stream' });
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => store.appendToStream(stream('race'), [event('B', { i })], { expectedVersion: 0 })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const rejected of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
        expect(rejected.reason).toBeInstanceOf(WrongExpectedVersionError);
      }
      expect(await store.readStream(stream('race'))).toHaveLength(2);
    });

    it('never loses an event when concurrent writers append with "any"', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.appendToStream(stream('any'), [event('A', { i })], { expectedVersion: 'any' })),
      );
      const events = await store.readStream(stream('any'));
      expect(events.map((e) => e.streamVersion)).toEqual([...Array(20).keys()]);
      expect(new Set(events.map((e) => (e.data as { i: number }).i)).size).toBe(20);
    });
  });

  describe('idempotent commands', () => {
    it('returns the first result and writes nothing when a command id repeats, even with a stale version', async () => {
      const commandId = randomUUID();
      const events = [event('A', { n: 1 }, { commandId }), event('A', { n: 2 }, { commandId })];
      const first = await store.appendToStream(stream('i'), events, { expectedVersion: 'no_stream' });
      await store.appendToStream(stream('i'), [event('B', {})], { expectedVersion: 1 });
      const again = await store.appendToStream(stream('i'), events, { expectedVersion: 'no_stream' });
      expect(again).toEqual({ ...first, duplicate: true });
      expect((await store.readStream(stream('i'))).map((e) => e.type)).toEqual(['A', 'A', 'B']);
    });

    it('writes once when the same command arrives many times at once', async () => {
      const commandId = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => store.appendToStream(stream('ci'), [event('A', {}, { commandId })], { expectedVersion: 'any' })),
      );
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      const original = results.find((r) => !r.duplicate);
      for (const result of results) expect({ ...result, duplicate: false }).toEqual(original);
      expect(await store.readStream(stream('ci'))).toHaveLength(1);
    });

    it('refuses a command id reused for another stream', async () => {
      const commandId = randomUUID();
      await store.appendToStream(stream('one'), [event('A', {}, { commandId })], { expectedVersion: 'any' });
      await expect(store.appendToStream(stream('two'), [event('A', {}, { commandId })], { expectedVersion: 'any' })).rejects.toThrow(
        CommandIdReusedError,
      );
      expect(await store.readStream(stream('two'))).toEqual([]);
    });

    it('does not remember a command whose append failed, so it can be retried', async () => {
      const commandId = randomUUID();
      await store.appendToStream(stream('f'), [event('A', {})], { expectedVersion: 'no_stream' });
      await expect(store.appendToStream(stream('f'), [event('B', {}, { commandId })], { expectedVersion: 'no_stream' })).rejects.toThrow(
        WrongExpectedVersionError,
      );
      const retried = await store.appendToStream(stream('f'), [event('B', {}, { commandId })], { expectedVersion: 0 });
      expect(retried).toMatchObject({ nextExpectedVersion: 1, duplicate: false });
    });
  });

  describe('schema versions and upcasters', () => {
    it('upcasts old events on read and writes new ones with the newest version', async () => {
      await store.appendToStream(stream('u'), [event('AppealNoted', { title: 'Яма' })], { expectedVersion: 'any' });
      const upcasting = await harness.connect({
        upcasters: [{ type: 'AppealNoted', fromVersion: 1, upcast: (data) => ({ subject: (data as { title: string }).title }) }],
      });
      try {
        await upcasting.appendToStream(stream('u'), [event('AppealNoted', { subject: 'Лужа' })], { expectedVersion: 0 });
        const events = await upcasting.readStream(stream('u'));
        expect(events.map((e) => [e.schemaVersion, e.data])).toEqual([
          [2, { subject: 'Яма' }],
          [2, { subject: 'Лужа' }],
        ]);
        const fromAll = (await upcasting.readAll(START, 100_000)).filter(ours);
        expect(fromAll.map((e) => e.data)).toEqual([{ subject: 'Яма' }, { subject: 'Лужа' }]);
      } finally {
        await upcasting.close();
      }
    });
  });

  describe('the global log', () => {
    it('reads all events after a position in order, exclusive of the position', async () => {
      const before = (await store.head())?.position ?? START;
      for (let i = 0; i < 5; i++) await store.appendToStream(stream(`g${i % 2}`), [event('G', { i })], { expectedVersion: 'any' });
      const all = (await store.readAll(before, 1000)).filter(ours);
      expect(all.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2, 3, 4]);
      const rest = (await store.readAll(all[1].position, 1000)).filter(ours);
      expect(rest.map((e) => (e.data as { i: number }).i)).toEqual([2, 3, 4]);
      expect((await store.head())?.position).toEqual(all[4].position);
    });

    it('gives as head the newest committed event, which a reader reaches once the appends beside it end', async () => {
      const before = (await store.head())?.position ?? START;
      const open = harness.appendInOpenTransaction;
      // An append still running when a later one commits (on stores with client transactions).
      const beside = open ? open(store, stream('beside'), [event('Beside', {})], { holdMs: 1_000, rollback: false }) : Promise.resolve();
      await sleep(200);
      await store.appendToStream(stream('after'), [event('After', {})], { expectedVersion: 'any' });
      const [after] = await store.readStream(stream('after'));
      // Waiting for the head is waiting for everything committed so far, not for what readers see yet.
      expect((await store.head())?.position).toEqual(after.position);
      await beside;
      const read = (await store.readAll(before, 100_000)).filter(ours);
      expect(read.map((e) => e.type)).toEqual(open ? ['Beside', 'After'] : ['After']);
      expect(read.at(-1)?.position).toEqual(after.position);
    });

    it('resumes a subscription from a checkpoint after a restart, seeing each event once', async () => {
      for (let i = 0; i < 5; i++) await store.appendToStream(stream('sub'), [event('S', { i })], { expectedVersion: 'any' });
      const first = store.subscribeToAll({ from: START, batchSize: 2 });
      const seen = await collectUntil(first, ours, (s) => s.length >= 3);
      await first.close();
      const checkpoint: GlobalPosition = seen[2].position;

      const restarted = await harness.connect();
      try {
        const second = restarted.subscribeToAll({ from: checkpoint });
        const live = collectUntil(second, ours, (s) => s.length >= 5);
        await sleep(100);
        for (let i = 5; i < 8; i++) await restarted.appendToStream(stream('sub'), [event('S', { i })], { expectedVersion: 'any' });
        const rest = await live;
        await second.close();
        expect(rest.map((e) => (e.data as { i: number }).i)).toEqual([3, 4, 5, 6, 7]);
      } finally {
        await restarted.close();
      }
    });

    it('sees every committed event exactly once and in increasing positions under 16 racing writers', async () => {
      const from = (await store.head())?.position ?? START;
      const subscription = store.subscribeToAll({ from, batchSize: 50 });
      const everything: StoredEvent[] = [];
      const committed = new Set<string>();
      const rolledBack = new Set<string>();
      const lastId = randomUUID();
      const withId = (type: string, data: unknown): NewEvent => ({ ...event(type, data), eventId: randomUUID() });

      // Ends when the event appended after every writer finished is seen: all earlier commits sort before it.
      const reading = (async () => {
        for await (const batch of subscription) {
          everything.push(...batch);
          if (batch.some((e) => e.eventId === lastId)) return;
        }
      })();

      const open = harness.appendInOpenTransaction;
      const heldEvent = withId('Held', {});
      const held = open ? open(store, stream('held'), [heldEvent], { holdMs: 3_000, rollback: false }) : Promise.resolve();
      await sleep(200);
      const writers = Array.from({ length: 16 }, async (_, writer) => {
        for (let round = 0; round < 25; round++) {
          const events = Array.from({ length: 1 + (round % 3) }, (_, k) => withId('T', { writer, round, k }));
          if (open && round % 7 === 3) {
            await open(store, stream(`w${writer}`), events, { holdMs: 20, rollback: true });
            events.forEach((e) => rolledBack.add(e.eventId!));
          } else {
            await store.appendToStream(stream(`w${writer % 5}`), events, { expectedVersion: 'any' });
            events.forEach((e) => committed.add(e.eventId!));
          }
        }
      });
      await Promise.all([...writers, held]);
      if (open) committed.add(heldEvent.eventId!);
      await store.appendToStream(stream('last'), [{ ...event('Last', {}), eventId: lastId }], { expectedVersion: 'any' });
      committed.add(lastId);

      const timeout = setTimeout(() => void subscription.close(), 30_000);
      await reading;
      clearTimeout(timeout);
      await subscription.close();

      const ids = everything.filter(ours).map((e) => e.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(committed);
      expect(ids.filter((id) => rolledBack.has(id))).toEqual([]);
      for (let i = 1; i < everything.length; i++) {
        expect(comparePositions(everything[i - 1].position, everything[i].position)).toBe(-1);
      }
      if (open) expect(rolledBack.size).toBeGreaterThan(0);
    }, 60_000);
  });
}
