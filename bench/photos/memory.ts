import { readFileSync, writeFileSync } from 'node:fs';

export type MemoryPeak = Readonly<{
  /** Resident memory when the meter started: the process idle, sharp loaded, the upload read. */
  baselineMiB: number;
  /** The highest resident memory from then to the stop. */
  peakMiB: number;
  /** `peakMiB - baselineMiB`: what the photos cost on top of an idle process. */
  addedMiB: number;
  /** Resident memory at the stop: what the process keeps once the photos are done. */
  endMiB: number;
  /**
   * `VmHWM`: the kernel's high-water mark, reset when the meter started (exact). `sampled`: the highest of
   * `process.memoryUsage.rss()` read every few milliseconds, where /proc/self/clear_refs cannot be written.
   */
  method: 'VmHWM' | 'sampled';
}>;

const MIB = 2 ** 20;

/**
 * Starts watching this process's resident memory (sharp's pixels are native memory, outside the V8 heap, so
 * only RSS sees them). `onSample` runs at every sample, for other counters read at the same pace.
 */
export function startMemoryMeter(onSample: () => void = () => undefined, sampleMs = 10): () => MemoryPeak {
  const baseline = process.memoryUsage.rss();
  const exact = resetPeak();
  let sampledPeak = baseline;
  const timer = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
    onSample();
  }, sampleMs);
  return () => {
    clearInterval(timer);
    const end = process.memoryUsage.rss();
    const kernelPeak = exact ? highWaterKiB() : null;
    const peak = kernelPeak === null ? Math.max(sampledPeak, end) : kernelPeak * 1024;
    return {
      baselineMiB: round(baseline / MIB),
      peakMiB: round(peak / MIB),
      addedMiB: round((peak - baseline) / MIB),
      endMiB: round(end / MIB),
      method: kernelPeak === null ? 'sampled' : 'VmHWM',
    };
  };
}

/** Sets the kernel's peak-RSS mark (VmHWM) back to the current RSS (Linux 4.0+); false where it cannot. */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return highWaterKiB() !== null;
  } catch {
    return false;
  }
}

/** The kernel's peak resident memory of this process (VmHWM), in KiB; null without /proc. */
function highWaterKiB(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function round(mebibytes: number): number {
  return Math.round(mebibytes * 10) / 10;
}
