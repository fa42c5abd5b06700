/** Writes `status()` to stderr once a second until stopped, so a long run shows it is alive. */
export function reportProgress(status: () => string): () => void {
  const timer = setInterval(() => process.stderr.write(`${status()}\n`), 1000);
  timer.unref();
  return () => clearInterval(timer);
}

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}
