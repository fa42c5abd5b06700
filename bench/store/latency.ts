export type LatencySummary = Readonly<{ samples: number; mean: number; p50: number; p95: number; p99: number; max: number }>;

/** Latencies in milliseconds, kept in a flat array so that a long run does not allocate per sample. */
export class LatencyRecorder {
  private values = new Float64Array(4096);
  private count = 0;

  record(milliseconds: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = milliseconds;
  }

  summary(): LatencySummary {
    const sorted = this.values.slice(0, this.count).sort();
    const sum = sorted.reduce((total, value) => total + value, 0);
    return {
      samples: this.count,
      mean: round(this.count ? sum / this.count : 0),
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(this.count ? sorted[this.count - 1] : 0),
    };
  }
}

/** Nearest-rank percentile of ascending values: the smallest value with at least p % of the samples at or below it. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 1000) / 1000;
}
