/**
 * Seeded, deterministic demo data: deputies and routing rules through the registry's commands, then a
 * year of appeals whose histories are built in memory by running real commands through the appeal decider
 * (so each one is valid by construction) and appended in one write per stream. The same seed, `now` and
 * count give the same events; running again skips the appeals already stored.
 */
import { type EventStore, WrongExpectedVersionError } from '@app/event-store';
import pLimit from 'p-limit';
import type { AppealStatus } from '../domain/appeal-state';
import { type SimulatedAppeal, simulateAppeal } from './appeal-story';
import { demoRegistry, seedRegistry } from './generated-registry';
import { buildWorld, DAY } from './world';

export type DemoDataOptions = Readonly<{
  appeals: number;
  seed: number;
  /** The end of the simulated year: no event is later. */
  now: Date;
  /** Called with 0 once the registry is seeded, then every 500 appeals and at the end. */
  onProgress?(done: number, total: number): void;
}>;

export type DemoDataSummary = Readonly<{
  deputies: number;
  routingRules: number;
  /** Appeals appended by this run. */
  appealsWritten: number;
  /** Appeals whose stream already existed (an earlier run with the same seed). */
  appealsSkipped: number;
  eventsWritten: number;
  /** Final status of every generated appeal, written or skipped. */
  statuses: Readonly<Partial<Record<AppealStatus, number>>>;
}>;

/** The stream of an appeal, as the API names it. */
export const appealStream = (appealId: string): string => `appeal-${appealId}`;

/** Appeals simulated and appended at once. */
const CONCURRENCY = 8;
const PROGRESS_EVERY = 500;

/** Generates the demo registry and `options.appeals` appeals into `store`. */
export async function generateDemoData(store: EventStore, options: DemoDataOptions): Promise<DemoDataSummary> {
  const { appeals: total, seed, now } = options;
  if (!Number.isInteger(total) || total < 0) throw new Error(`appeals must be a whole number ≥ 0, got ${total}`);
  const registry = demoRegistry(seed);
  const registeredAt = new Date(now.getTime() - 400 * DAY).toISOString();
  await seedRegistry(store, registry, seed, registeredAt);

  const world = buildWorld(registry, now);
  options.onProgress?.(0, total);
  const statuses: Partial<Record<AppealStatus, number>> = {};
  let done = 0;
  let written = 0;
  let skipped = 0;
  let events = 0;
  const indexes = Array.from({ length: total }, (_, index) => index);
  await pLimit(CONCURRENCY).map(indexes, async (index) => {
    const appeal = simulateAppeal(world, seed, index);
    statuses[appeal.status] = (statuses[appeal.status] ?? 0) + 1;
    if (await appendUnlessExists(store, appeal)) {
      written += 1;
      events += appeal.events.length;
    } else {
      skipped += 1; // written by an earlier run with this seed
    }
    done += 1;
    if (done % PROGRESS_EVERY === 0 && done < total) options.onProgress?.(done, total);
  });
  options.onProgress?.(done, total);
  return {
    deputies: registry.deputies.length,
    routingRules: registry.rules.length,
    appealsWritten: written,
    appealsSkipped: skipped,
    eventsWritten: events,
    statuses,
  };
}

/**
 * Appends a new appeal stream; false when it already exists. The existence check comes first because a
 * refused append is slow (the pool drops a connection that saw an error, so each costs a reconnect);
 * the version check still settles a race with another writer.
 */
async function appendUnlessExists(store: EventStore, appeal: SimulatedAppeal): Promise<boolean> {
  const streamId = appealStream(appeal.appealId);
  if ((await store.readStream(streamId, { maxCount: 1 })).length > 0) return false;
  try {
    await store.appendToStream(streamId, appeal.events, { expectedVersion: 'no_stream' });
    return true;
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return false;
    throw error;
  }
}
