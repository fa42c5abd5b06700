import { cpus } from 'node:os';
import { startCpuMeter } from '../store/cpu-usage';
import { LatencyRecorder, type LatencySummary } from '../store/latency';
import { formatCount, reportProgress } from '../store/progress';
import { treeCpuSeconds } from './process-cpu';
import type { GraphQLRequest, Scenario, ScenarioId } from './scenarios';
import { seededRandom } from './seed-plan';

export type LoadLimits = Readonly<{
  /** Measured duration (after the warm-up). */
  seconds: number;
  warmupSeconds: number;
  /** No more measured requests are started after this many. */
  maxRequests: number;
  /** A scenario too slow to complete this many in `seconds` goes on until it has, but never past `maxSeconds`. */
  minRequests: number;
  maxSeconds: number;
  timeoutMs: number;
  signal: AbortSignal;
}>;

/** Where the CPU went while a scenario was measured, in cores (1 = one core busy all the time). */
export type CpuSplit = Readonly<{
  /** This process: sending requests and parsing the answers. */
  bench: number;
  /** The API process: GraphQL, the rating formulas, serialisation. */
  api: number | null;
  /** The PostgreSQL server: the postmaster and its backends. */
  postgres: number | null;
  /** The rest of the machine (other work on it disturbs the numbers). */
  other: number | null;
  machineBusyPercent: number;
}>;

export type LoadResult = Readonly<{
  scenario: ScenarioId;
  label: string;
  clients: number;
  /** Measured requests that completed (successful or not). */
  requests: number;
  errors: number;
  /** Up to 5 distinct error messages with their counts. */
  errorSamples: ReadonlyArray<Readonly<{ message: string; count: number }>>;
  warmupRequests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Of the successful measured requests, from sending the request to parsing the whole answer. */
  latencyMs: LatencySummary;
  /** Mean size of an answer's JSON. */
  responseKiB: number;
  stoppedBy: 'time' | 'requests' | 'time limit' | 'interrupted';
  cpu: CpuSplit;
}>;

export type Target = Readonly<{ endpoint: string; token: string; apiPid: number; postgresPid: number | null }>;

/** Sends one request and says what went wrong, if anything: HTTP status, GraphQL errors, or a wrong answer. */
async function send(
  target: Target,
  request: GraphQLRequest,
  scenario: Scenario,
  signal: AbortSignal,
): Promise<{ error: string | null; bytes: number }> {
  try {
    const response = await fetch(target.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
      body: JSON.stringify(request),
      signal,
    });
    const text = await response.text();
    const bytes = Buffer.byteLength(text);
    let body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { error: `HTTP ${response.status}, not JSON: ${text.slice(0, 120)}`, bytes };
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      return { error: `${first.extensions?.code ?? 'ERROR'}: ${first.message}`, bytes };
    }
    if (!response.ok) return { error: `HTTP ${response.status}`, bytes };
    if (!body.data) return { error: 'no data', bytes };
    return { error: scenario.check(body.data), bytes };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return { error: name === 'TimeoutError' ? 'timed out' : 'aborted', bytes: 0 };
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { error: `${error instanceof Error ? error.message : String(error)}${cause}`, bytes: 0 };
  }
}

/** One request of the scenario, outside any measurement: fails fast when the operation itself is wrong. */
export async function probe(target: Target, scenario: Scenario, timeoutMs: number): Promise<string | null> {
  return (await send(target, scenario.request(seededRandom(1)), scenario, AbortSignal.timeout(timeoutMs))).error;
}

/**
 * `clients` concurrent loops, each sending the scenario's requests one after another over keep-alive
 * connections: a warm-up, then the measured part, within `limits`. Every answer is checked.
 */
export async function runLoad(target: Target, scenario: Scenario, clients: number, limits: LoadLimits): Promise<LoadResult> {
  const latencies = new LatencyRecorder();
  const errorCounts = new Map<string, number>();
  const started = performance.now();
  const warmupEnd = started + limits.warmupSeconds * 1000;
  const plannedEnd = warmupEnd + limits.seconds * 1000;
  const hardEnd = warmupEnd + limits.maxSeconds * 1000;
  let issued = 0;
  let completed = 0;
  let errors = 0;
  let bytes = 0;
  let warmupRequests = 0;
  let stoppedBy: LoadResult['stoppedBy'] | null = null;

  const mayStart = (now: number): boolean => {
    if (stoppedBy) return false;
    if (limits.signal.aborted) stoppedBy = 'interrupted';
    else if (now >= warmupEnd && issued >= limits.maxRequests) stoppedBy = 'requests';
    else if (now >= hardEnd) stoppedBy = 'time limit';
    else if (now >= plannedEnd && completed >= limits.minRequests) stoppedBy = 'time';
    return stoppedBy === null;
  };

  let meter: Measurement | null = null;
  const client = async (index: number): Promise<void> => {
    const random = seededRandom(hash(`${scenario.id}/${clients}/${index}`));
    for (let now = performance.now(); mayStart(now); now = performance.now()) {
      const measured = now >= warmupEnd;
      if (measured) {
        issued += 1;
        meter ??= startMeasurement(target);
      }
      const request = scenario.request(random);
      const timeout = AbortSignal.timeout(limits.timeoutMs);
      const result = await send(target, request, scenario, AbortSignal.any([timeout, limits.signal]));
      if (!measured) {
        warmupRequests += 1;
        continue;
      }
      completed += 1;
      bytes += result.bytes;
      if (result.error === null) latencies.record(performance.now() - now);
      else {
        errors += 1;
        errorCounts.set(result.error, (errorCounts.get(result.error) ?? 0) + 1);
      }
    }
  };

  const label = `${scenario.label}, ${clients} client${clients > 1 ? 's' : ''}`;
  const stopProgress = reportProgress(() => {
    const now = performance.now();
    if (now < warmupEnd) return `${label}: warm-up, ${formatCount(warmupRequests)} requests`;
    const seconds = (now - warmupEnd) / 1000;
    return `${label}: ${Math.round(seconds)}s/${limits.seconds}s, ${formatCount(completed)} requests (${formatCount(errors)} errors), ${(completed / Math.max(seconds, 0.001)).toFixed(1)} req/s`;
  });
  try {
    await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  } finally {
    stopProgress();
  }
  const measurement = meter as Measurement | null;
  const cpu = measurement?.stop() ?? { bench: 0, api: null, postgres: null, other: null, machineBusyPercent: 0 };
  const seconds = Math.max(performance.now() - (measurement?.startedAt ?? warmupEnd), 1) / 1000;
  return {
    scenario: scenario.id,
    label: scenario.label,
    clients,
    requests: completed,
    errors,
    errorSamples: [...errorCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([message, count]) => ({ message, count })),
    warmupRequests,
    seconds: Math.round(seconds * 1000) / 1000,
    requestsPerSecond: Math.round((completed / seconds) * 100) / 100,
    latencyMs: latencies.summary(),
    responseKiB: completed ? Math.round((bytes / completed / 1024) * 10) / 10 : 0,
    stoppedBy: stoppedBy ?? 'time',
    cpu,
  };
}

type Measurement = Readonly<{ startedAt: number; stop(): CpuSplit }>;

/** CPU of the machine, this process, the API and PostgreSQL from now until `stop()`. */
function startMeasurement(target: Target): Measurement {
  const startedAt = performance.now();
  const machine = startCpuMeter();
  const api = treeCpuSeconds(target.apiPid);
  const postgres = target.postgresPid === null ? null : treeCpuSeconds(target.postgresPid);
  return {
    startedAt,
    stop() {
      const wall = Math.max(performance.now() - startedAt, 1) / 1000;
      const usage = machine();
      const apiNow = treeCpuSeconds(target.apiPid);
      const postgresNow = target.postgresPid === null ? null : treeCpuSeconds(target.postgresPid);
      const cores = (from: number | null, to: number | null): number | null =>
        from === null || to === null ? null : round2((to - from) / wall);
      const apiCores = cores(api, apiNow);
      const postgresCores = cores(postgres, postgresNow);
      const busy = (usage.machineBusyPercent / 100) * cpus().length;
      const other =
        apiCores === null || postgresCores === null ? null : round2(Math.max(busy - usage.nodeCores - apiCores - postgresCores, 0));
      return { bench: usage.nodeCores, api: apiCores, postgres: postgresCores, other, machineBusyPercent: usage.machineBusyPercent };
    },
  };
}

function hash(text: string): number {
  let value = 2166136261;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), 16777619);
  return value >>> 0;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
