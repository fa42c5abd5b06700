import { randomUUID } from 'node:crypto';
import { comparePositions, START, type GlobalPosition } from '../../libs/event-store/src/position';
import type { EventStore } from '../../libs/event-store/src/types';
import { type CpuUsage, startCpuMeter } from './cpu-usage';
import { answerEvent } from './event-payload';
import { LatencyRecorder, type LatencySummary } from './latency';
import { formatCount, reportProgress } from './progress';

/** Events per stream before a writer moves on to a new one: appeals have short streams, not one endless one. */
export const EVENTS_PER_STREAM = 100;
/** Batch size of the catch-up reads. */
export const READ_BATCH = 1000;

export type AppendScenarioResult = Readonly<{
  id: string;
  name: string;
  kind: 'append';
  writers: number;
  /** Measured appends (after the warm-up). */
  events: number;
  warmupEvents: number;
  seconds: number;
  eventsPerSecond: number;
  /** Streams created, warm-up included (`EVENTS_PER_STREAM` events each, the last one partly). */
  streams: number;
  latencyMs: LatencySummary;
  /** Over the measured part. */
  cpu: CpuUsage;
}>;

export type ReadScenarioResult = Readonly<{
  id: string;
  name: string;
  kind: 'read';
  method: 'readAll' | 'subscribeToAll';
  /** Whole-log reads done one after another (see MIN_READ_SECONDS). */
  passes: number;
  /** Over all passes. */
  events: number;
  batches: number;
  seconds: number;
  eventsPerSecond: number;
  /** False when the time or count limit (or Ctrl-C) ended the last pass before the head of the log. */
  caughtUp: boolean;
}>;

export type ScenarioLimits = Readonly<{ seconds: number; maxEvents: number; signal: AbortSignal }>;

/**
 * `writers` concurrent loops, each appending one event at a time to its own streams with the exact expected
 * version, for a warm-up and then `limits.seconds`. Only appends started after the warm-up are measured.
 */
export async function runAppendScenario(
  store: EventStore,
  scenario: Readonly<{ id: string; name: string; writers: number; warmupSeconds: number }>,
  limits: ScenarioLimits,
): Promise<AppendScenarioResult> {
  const latencies = new LatencyRecorder();
  const run = randomUUID().slice(0, 8);
  const warmupEnd = performance.now() + scenario.warmupSeconds * 1000;
  const deadline = warmupEnd + limits.seconds * 1000;
  let events = 0;
  let warmupEvents = 0;
  let streams = 0;
  const finished = (): boolean => limits.signal.aborted || performance.now() >= deadline || events >= limits.maxEvents;

  const writer = async (index: number): Promise<void> => {
    let stream = 0;
    let streamId = `bench-${run}-w${index}-s${stream}`;
    let appealId = randomUUID();
    let version = -1;
    while (!finished()) {
      const started = performance.now();
      const result = await store.appendToStream(streamId, [answerEvent(appealId, version + 1)], { expectedVersion: version });
      const elapsed = performance.now() - started;
      if (started >= warmupEnd) {
        latencies.record(elapsed);
        events += 1;
      } else {
        warmupEvents += 1;
      }
      if (version === -1) streams += 1;
      version = result.nextExpectedVersion;
      if (version + 1 >= EVENTS_PER_STREAM) {
        stream += 1;
        streamId = `bench-${run}-w${index}-s${stream}`;
        appealId = randomUUID();
        version = -1;
      }
    }
  };

  let measureCpu: (() => CpuUsage) | undefined;
  const cpuTimer = setTimeout(() => (measureCpu = startCpuMeter()), scenario.warmupSeconds * 1000);
  const label = `${scenario.id} ${scenario.name}`;
  const stopProgress = reportProgress(() => {
    const now = performance.now();
    if (now < warmupEnd) return `${label}: warm-up`;
    return `${label}: ${Math.round((now - warmupEnd) / 1000)}s/${limits.seconds}s, ${formatCount(events)} events`;
  });
  try {
    await Promise.all(Array.from({ length: scenario.writers }, (_, index) => writer(index)));
  } finally {
    stopProgress();
    clearTimeout(cpuTimer);
  }
  const cpu = measureCpu?.() ?? { nodeCores: 0, machineBusyPercent: 0 };
  const seconds = Math.max(performance.now() - warmupEnd, 1) / 1000;
  return {
    id: scenario.id,
    name: scenario.name,
    kind: 'append',
    writers: scenario.writers,
    events,
    warmupEvents,
    seconds: round(seconds),
    eventsPerSecond: Math.round(events / seconds),
    streams,
    latencyMs: latencies.summary(),
    cpu,
  };
}

/** Reading a small log takes a fraction of a second: passes are repeated for at least this long (within the limits). */
const MIN_READ_SECONDS = 3;
const MAX_READ_PASSES = 50;

// A pass counts its events into `progress` as it goes, so that the progress line and the limits see them.
type ReadPass = Readonly<{ batches: number; caughtUp: boolean }>;
type PassProgress = { events: number };

/** Reads the whole log from START with `readAll` in batches of `READ_BATCH`, as a projection rebuild would. */
export function runReadAllScenario(store: EventStore, id: string, total: number, limits: ScenarioLimits): Promise<ReadScenarioResult> {
  return repeatPasses(id, 'readAll', `readAll from START, batches of ${READ_BATCH}`, total, limits, async (deadline, progress) => {
    let position: GlobalPosition = START;
    let batches = 0;
    while (!limits.signal.aborted && performance.now() < deadline && progress.events < limits.maxEvents) {
      const batch = await store.readAll(position, READ_BATCH);
      if (batch.length === 0) return { batches, caughtUp: true };
      progress.events += batch.length;
      batches += 1;
      position = batch[batch.length - 1].position;
    }
    return { batches, caughtUp: false };
  });
}

/** Catches up with `subscribeToAll` from START until it delivers the event that was the head when it started. */
export async function runSubscribeScenario(
  store: EventStore,
  id: string,
  total: number,
  limits: ScenarioLimits,
): Promise<ReadScenarioResult> {
  const head = await store.head();
  return repeatPasses(
    id,
    'subscribeToAll',
    `subscribeToAll from START until caught up, batches of ${READ_BATCH}`,
    total,
    limits,
    async (deadline, progress) => {
      if (head === null) return { batches: 0, caughtUp: true };
      const subscription = store.subscribeToAll({ from: START, batchSize: READ_BATCH });
      // The iterator may be waiting for a notification: closing it is what ends that wait at the limit.
      const close = (): void => void subscription.close();
      const timer = setTimeout(close, Math.max(deadline - performance.now(), 0));
      limits.signal.addEventListener('abort', close, { once: true });
      let batches = 0;
      try {
        for await (const batch of subscription) {
          progress.events += batch.length;
          batches += 1;
          if (comparePositions(batch[batch.length - 1].position, head.position) >= 0) return { batches, caughtUp: true };
          if (progress.events >= limits.maxEvents) break;
        }
        return { batches, caughtUp: false };
      } finally {
        clearTimeout(timer);
        limits.signal.removeEventListener('abort', close);
        await subscription.close();
      }
    },
  );
}

/** Runs whole-log read passes one after another for `MIN_READ_SECONDS`, and reports the rate over all of them. */
async function repeatPasses(
  id: string,
  method: ReadScenarioResult['method'],
  name: string,
  total: number,
  limits: ScenarioLimits,
  pass: (deadline: number, progress: PassProgress) => Promise<ReadPass>,
): Promise<ReadScenarioResult> {
  const started = performance.now();
  const deadline = started + limits.seconds * 1000;
  // Passes start only in the first half of the time limit, so that the last one can finish within it.
  const minimumEnd = started + Math.min(MIN_READ_SECONDS, limits.seconds / 2) * 1000;
  const progress: PassProgress = { events: 0 };
  let batches = 0;
  let passes = 0;
  let caughtUp = true;
  const stopProgress = reportProgress(
    () =>
      `${id} ${name}: ${Math.round((performance.now() - started) / 1000)}s, pass ${passes + 1}, ${formatCount(progress.events)} events (log: ${formatCount(total)})`,
  );
  try {
    do {
      const result = await pass(deadline, progress);
      batches += result.batches;
      passes += 1;
      caughtUp = result.caughtUp;
    } while (
      caughtUp &&
      !limits.signal.aborted &&
      passes < MAX_READ_PASSES &&
      performance.now() < minimumEnd &&
      progress.events < limits.maxEvents
    );
  } finally {
    stopProgress();
  }
  const seconds = Math.max(performance.now() - started, 0.001) / 1000;
  return {
    id,
    name,
    kind: 'read',
    method,
    passes,
    events: progress.events,
    batches,
    seconds: round(seconds),
    eventsPerSecond: Math.round(progress.events / seconds),
    caughtUp,
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
