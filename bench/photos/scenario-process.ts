import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { preparePhoto, type StoredPhoto } from '../../libs/appeals/src/attachments/photos';
import { startCpuMeter } from '../store/cpu-usage';
import { LatencyRecorder } from '../store/latency';
import { formatCount, reportProgress } from '../store/progress';
import { startMemoryMeter } from './memory';
import type { ScenarioReply, ScenarioResult, ScenarioTask } from './scenario';

// The child of `runScenario`: one input at one concurrency, the result sent back over IPC.
async function measure(task: ScenarioTask): Promise<ScenarioResult> {
  const upload = await readFile(task.file);
  const pipelines = { maxActive: 0, maxQueued: 0 };
  const stopMemory = startMemoryMeter(() => {
    const counters = sharp.counters();
    pipelines.maxActive = Math.max(pipelines.maxActive, counters.process);
    pipelines.maxQueued = Math.max(pipelines.maxQueued, counters.queue);
  });
  const name = `${task.label} × ${task.concurrency}`;

  // Every caller warms up: the first call of a thread is not what an upload costs.
  const warmupRuns = task.warmupRuns > 0 ? Math.max(task.warmupRuns, task.concurrency) : 0;
  let warmedUp = 0;
  const stopWarmupProgress = reportProgress(() => `${name}: warm-up, ${Math.min(warmedUp, warmupRuns)}/${warmupRuns} photos`);
  try {
    await callers(
      task.concurrency,
      upload,
      () => warmedUp++ < warmupRuns,
      () => undefined,
    );
  } finally {
    stopWarmupProgress();
  }

  const latencies = new LatencyRecorder();
  const started = performance.now();
  const deadline = started + task.seconds * 1000;
  const hardDeadline = started + task.seconds * 4000;
  let begun = 0;
  let photos = 0;
  let output: StoredPhoto | undefined;
  const more = (): boolean => {
    const now = performance.now();
    const go = begun < task.maxRuns && (now < deadline || begun < task.minRuns) && now < hardDeadline;
    if (go) begun += 1;
    return go;
  };
  const measureCpu = startCpuMeter();
  const stopProgress = reportProgress(
    () => `${name}: ${Math.round((performance.now() - started) / 1000)}s/${task.seconds}s, ${formatCount(photos)} photos`,
  );
  try {
    await callers(task.concurrency, upload, more, (milliseconds, photo) => {
      latencies.record(milliseconds);
      photos += 1;
      output = photo;
    });
  } finally {
    stopProgress();
  }
  const cpu = measureCpu();
  const seconds = (performance.now() - started) / 1000;
  const memory = stopMemory();
  if (!output) throw new Error(`${name}: no photo was measured`);
  return {
    input: task.input,
    concurrency: task.concurrency,
    mallocArenaMax: Number(process.env.MALLOC_ARENA_MAX) || null,
    sharpConcurrency: sharp.concurrency(),
    warmupRuns,
    photos,
    seconds: Math.round(seconds * 1000) / 1000,
    photosPerSecond: Math.round((photos / seconds) * 100) / 100,
    latencyMs: latencies.summary(),
    output: { bytes: output.bytes.length, width: output.width, height: output.height },
    memory,
    pipelines,
    cpu,
    stoppedBy: begun >= task.maxRuns ? 'maxRuns' : performance.now() >= hardDeadline ? 'maxSeconds' : 'time',
  };
}

/**
 * `concurrency` callers, each preparing one photo after another while `more()` lets it start one. Each call
 * gets a fresh copy of the upload, as each request brings its own buffer.
 */
async function callers(
  concurrency: number,
  upload: Buffer,
  more: () => boolean,
  done: (milliseconds: number, photo: StoredPhoto) => void,
): Promise<void> {
  const caller = async (): Promise<void> => {
    while (more()) {
      const bytes = Buffer.from(upload);
      const started = performance.now();
      const photo = await preparePhoto(bytes);
      done(performance.now() - started, photo);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
}

function reply(message: ScenarioReply): void {
  process.send?.(message, () => process.exit(0));
}

measure(JSON.parse(process.argv[2]) as ScenarioTask).then(
  (result) => reply({ ok: true, result }),
  (error: unknown) => reply({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
