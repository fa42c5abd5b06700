/**
 * A fresh id for a command: resending the same request (after a lost response) returns the first
 * result instead of doing it twice. Absent outside a secure context, where the server picks one.
 */
export function newCommandId(): string | undefined {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : undefined;
}
