import { PostgresEventStore, type StoredEvent } from '@app/event-store';
import { DEMO_ACCOUNTS } from '@app/identity/oidc/demo-accounts';
import { createTestDatabase, type TestDatabase } from '@test/database';
import type { AppealEvent } from '../domain/appeal-events';
import { type AppealState, evolve, initialState } from '../domain/appeal-state';
import { type DemoDataSummary, generateDemoData } from './demo-generator';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const APPEALS = 300;

type Seeded = Readonly<{ database: TestDatabase; store: PostgresEventStore; summary: DemoDataSummary }>;

async function seededDatabase(label: string): Promise<Seeded> {
  const database = await createTestDatabase(label);
  const store = await PostgresEventStore.create({ connectionString: database.url });
  const summary = await generateDemoData(store, { appeals: APPEALS, seed: 1, now: NOW });
  return { database, store, summary };
}

/** Every appeal stream of the store, by stream id, in stream order. */
async function appealStreams(store: PostgresEventStore): Promise<Map<string, StoredEvent[]>> {
  const streams = new Map<string, StoredEvent[]>();
  const events = await store.withClient((client) =>
    client.query<{ stream_id: string }>(`select distinct stream_id from ${store.schemaName}.events where stream_id like 'appeal-%'`),
  );
  for (const { stream_id } of events.rows) streams.set(stream_id, await store.readStream(stream_id));
  return streams;
}

/** What must be the same from run to run: types, data and domain metadata, not store positions or ids. */
const comparable = (streams: Map<string, StoredEvent[]>) =>
  Object.fromEntries([...streams].map(([id, events]) => [id, events.map(({ type, data, metadata }) => ({ type, data, metadata }))]));

describe('the demo data generator', () => {
  let first: Seeded;
  let second: Seeded;
  let streams: Map<string, StoredEvent[]>;

  beforeAll(async () => {
    [first, second] = await Promise.all([seededDatabase('demo_a'), seededDatabase('demo_b')]);
    streams = await appealStreams(first.store);
  });
  afterAll(async () => {
    for (const seeded of [first, second]) {
      await seeded?.store.close();
      await seeded?.database.drop();
    }
  });

  it('writes the requested number of appeals and a registry of a few hundred deputies', () => {
    expect(streams.size).toBe(APPEALS);
    expect(first.summary).toMatchObject({ appealsWritten: APPEALS, appealsSkipped: 0 });
    expect(first.summary.deputies).toBeGreaterThan(150);
    expect(first.summary.routingRules).toBeGreaterThan(first.summary.deputies * 0.9);
  });

  it('is deterministic: the same seed writes the same histories', async () => {
    expect(comparable(await appealStreams(second.store))).toEqual(comparable(streams));
  });

  it('adds nothing when run again with the same seed', async () => {
    const countEvents = async () =>
      (await first.store.withClient((client) => client.query<{ n: string }>(`select count(*) as n from ${first.store.schemaName}.events`)))
        .rows[0].n;
    const before = await countEvents();
    const again = await generateDemoData(first.store, { appeals: APPEALS, seed: 1, now: NOW });
    expect(again).toMatchObject({ appealsWritten: 0, appealsSkipped: APPEALS, eventsWritten: 0 });
    expect(await countEvents()).toBe(before);
  });

  it('folds every stream with the domain, with no event after now and times never going back', () => {
    for (const [streamId, events] of streams) {
      const state = events.reduce<AppealState>(
        (current, event) => evolve(current, { type: event.type, data: event.data } as AppealEvent),
        initialState,
      );
      expect(state.status).not.toBe('NOT_SUBMITTED');
      const times = events.map((event) => Date.parse(event.metadata.occurredAt));
      expect(times.every((time, i) => time <= NOW.getTime() && (i === 0 || time >= times[i - 1]))).toBe(true);
      expect(
        events.every(
          (event) => event.metadata.correlationId === streamId.slice('appeal-'.length) && event.metadata.commandId === undefined,
        ),
      ).toBe(true);
    }
  });

  it('mixes outcomes in roughly the intended proportions', () => {
    const share = (predicate: (events: StoredEvent[]) => boolean) => [...streams.values()].filter(predicate).length / streams.size;
    const has = (type: string) => (events: StoredEvent[]) => events.some((event) => event.type === type);
    const last = (events: StoredEvent[]) => events[events.length - 1].type;
    const statuses = first.summary.statuses;
    const answeredShare = ((statuses.ANSWERED ?? 0) + (statuses.CLOSED ?? 0)) / APPEALS;
    expect(answeredShare).toBeGreaterThan(0.65);
    expect(answeredShare).toBeLessThan(0.9);
    expect(share(has('AppealRejected'))).toBeGreaterThan(0.01);
    expect(share(has('AppealRejected'))).toBeLessThan(0.09);
    expect(share(has('AppealWithdrawn'))).toBeGreaterThan(0.005);
    expect(share(has('AppealWithdrawn'))).toBeLessThan(0.07);
    expect(share(has('AppealReopened'))).toBeGreaterThan(0.02);
    expect(share(has('AppealReopened'))).toBeLessThan(0.1);
    expect(
      share((events) =>
        events.some((event) => event.type === 'AppealOverdue' && (event.data as { deadline: string }).deadline === 'ANSWER'),
      ),
    ).toBeGreaterThan(0.04);
    expect(
      share((events) =>
        ['AppealSubmitted', 'AppealAssigned', 'AppealAcknowledged', 'ClarificationRequested', 'AppealOverdue'].includes(last(events)),
      ),
    ).toBeGreaterThan(0.05);
    const answered = [...streams.values()].filter(has('AppealAnswered'));
    const rated = answered.filter(has('FeedbackSubmitted')).length / answered.length;
    expect(rated).toBeGreaterThan(0.45);
    expect(rated).toBeLessThan(0.75);
  });

  it('gives ratings that differ between deputies, and the demo voters appeals of their own', () => {
    const qualityByDeputy = new Map<string, number[]>();
    for (const events of streams.values()) {
      for (const event of events) {
        if (event.type !== 'FeedbackSubmitted') continue;
        const { deputyId, quality } = event.data as { deputyId: string; quality: number };
        qualityByDeputy.set(deputyId, [...(qualityByDeputy.get(deputyId) ?? []), quality]);
      }
    }
    const means = [...qualityByDeputy.values()]
      .filter((scores) => scores.length >= 3)
      .map((scores) => scores.reduce((a, b) => a + b, 0) / scores.length);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(1);

    const authors = [...streams.values()].map((events) => (events[0].data as { subjectId: string }).subjectId);
    for (const login of ['voter1', 'voter2']) {
      const id = DEMO_ACCOUNTS.find((account) => account.login === login)!.id;
      expect(authors.filter((author) => author === id).length).toBeGreaterThanOrEqual(3);
    }
  });
});
