/**
 * A position in the global log. Two numbers, ordered lexicographically:
 * - PostgreSQL: `commit` is the appending transaction's id (xid8) and `prepare` the event's sequence number;
 *   ordering by transaction first is what makes the order safe to read while writers commit out of order
 *   (docs/event-store.md).
 * - KurrentDB: its own commit and prepare positions.
 */
export type GlobalPosition = Readonly<{ commit: bigint; prepare: bigint }>;

/** Before the first event. */
export const START: GlobalPosition = Object.freeze({ commit: 0n, prepare: 0n });

export function comparePositions(a: GlobalPosition, b: GlobalPosition): -1 | 0 | 1 {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** `"<commit>/<prepare>"`, for logs, checkpoints in text and GraphQL. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}/${position.prepare}`;
}

export function parsePosition(text: string): GlobalPosition {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new TypeError(`Not a log position: "${text}" (expected "<commit>/<prepare>", e.g. "0/0")`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}
