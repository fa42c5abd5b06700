import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '@test/database';
import { DomainError } from '../errors/domain-error';
import { executeCommand } from './command-executor';
import type { Decider } from './decider';

/** A tally that can be added to until it is closed: enough rules to see the executor's behaviour. */
type TallyEvent = { type: 'Added'; data: { amount: number } } | { type: 'Closed'; data: Record<string, never> };
type TallyCommand = { type: 'Add'; amount: number } | { type: 'Close' };
type TallyState = { total: number; closed: boolean };
const tally: Decider<TallyCommand, TallyEvent, TallyState> = {
  initialState: { total: 0, closed: false },
  decide(command, state) {
    if (state.closed) throw new DomainError('INVALID_STATE', 'The tally is closed', { status: 'CLOSED' });
    return command.type === 'Add' ? [{ type: 'Added', data: { amount: command.amount } }] : [{ type: 'Closed', data: {} }];
  },
  evolve(state, event) {
    return event.type === 'Added' ? { ...state, total: state.total + event.data.amount } : { ...state, closed: true };
  },
};

describe('executeCommand', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createTestDatabase('command_executor');
    store = await PostgresEventStore.create({ connectionString: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  const context = (commandId: string = randomUUID()) => ({ commandId, actorId: 'user:1', occurredAt: '2026-11-23T10:00:00.000Z' });
  const total = async (stream: string): Promise<number> =>
    (await store.readStream(stream)).reduce((sum, event) => sum + ((event.data as { amount?: number }).amount ?? 0), 0);

  it('appends what the decider decides, with the command metadata', async () => {
    const stream = `tally-${randomUUID()}`;
    const outcome = await executeCommand(store, stream, tally, { type: 'Add', amount: 2 }, context('c-1'));
    expect(outcome).toEqual({
      events: [{ type: 'Added', data: { amount: 2 } }],
      version: 0,
      duplicate: false,
      state: { total: 2, closed: false },
    });
    const [stored] = await store.readStream(stream);
    expect(stored.metadata).toEqual({
      commandId: 'c-1',
      actorId: 'user:1',
      occurredAt: '2026-11-23T10:00:00.000Z',
      correlationId: 'c-1',
      causationId: 'c-1',
    });
  });

  it('returns the first outcome for a repeated command instead of deciding again', async () => {
    const stream = `tally-${randomUUID()}`;
    const close = context();
    const first = await executeCommand(store, stream, tally, { type: 'Close' }, close);
    const again = await executeCommand(store, stream, tally, { type: 'Close' }, close);
    expect(again).toEqual({ ...first, duplicate: true });
    await expect(executeCommand(store, stream, tally, { type: 'Close' }, context())).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('lets the caller refuse before anything is decided', async () => {
    const stream = `tally-${randomUUID()}`;
    await executeCommand(store, stream, tally, { type: 'Add', amount: 1 }, context());
    const refuse = (state: TallyState): void => {
      if (state.total > 0) throw new DomainError('NOT_FOUND', 'No such tally');
    };
    await expect(executeCommand(store, stream, tally, { type: 'Close' }, context(), { authorize: refuse })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('loses no event when many commands hit one stream at once, and runs a racing repeat once', async () => {
    const stream = `tally-${randomUUID()}`;
    const repeated = context();
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 4 }, () => executeCommand(store, stream, tally, { type: 'Add', amount: 1 }, context())),
      ...Array.from({ length: 3 }, () => executeCommand(store, stream, tally, { type: 'Add', amount: 100 }, repeated)),
    ]);
    const settled = outcomes.map((outcome) => (outcome.status === 'fulfilled' ? 'ok' : (outcome.reason as DomainError).code));
    expect(settled.filter((s) => s !== 'ok' && s !== 'CONFLICT')).toEqual([]);
    const applied = outcomes.filter((o) => o.status === 'fulfilled').length;
    const ones = outcomes.slice(0, 4).filter((o) => o.status === 'fulfilled').length;
    const hundreds = outcomes.slice(4).some((o) => o.status === 'fulfilled') ? 100 : 0;
    expect(await total(stream)).toBe(ones + hundreds);
    expect(applied).toBeGreaterThan(0);
  });
});
