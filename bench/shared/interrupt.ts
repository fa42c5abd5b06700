/**
 * Ctrl-C (or SIGTERM) aborts the returned signal, so a run stops its scenario and cleans up;
 * a second Ctrl-C quits at once.
 */
export function abortOnInterrupt(stopping: string, log: (line: string) => void): AbortSignal {
  const interrupt = new AbortController();
  const onSignal = (): void => {
    if (interrupt.signal.aborted) process.exit(130);
    log(`interrupted: ${stopping} (Ctrl-C again to quit at once)`);
    interrupt.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return interrupt.signal;
}
