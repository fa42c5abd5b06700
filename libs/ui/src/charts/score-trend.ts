/** The y-axis of a 0–100 score trend: whole tens around the scores, so small moves show without exaggeration. */
export function trendDomain(scores: readonly number[]): [number, number] {
  if (scores.length === 0) return [0, 100];
  const low = Math.max(0, Math.floor((Math.min(...scores) - 5) / 10) * 10);
  const high = Math.min(100, Math.ceil((Math.max(...scores) + 5) / 10) * 10);
  return high - low < 20 ? [Math.max(0, Math.min(low, high - 20)), Math.min(100, Math.max(high, low + 20))] : [low, high];
}

export type TrendRow = Readonly<{ month: string; score: number; ranked: boolean; rank: number | null; answered: number }>;

/** How the score moved over the trend: first and last month, the change, the best and worst month. */
export function describeTrend(
  rows: readonly TrendRow[],
): Readonly<{ first: TrendRow; last: TrendRow; change: number; best: TrendRow; worst: TrendRow }> | null {
  if (rows.length === 0) return null;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const best = rows.reduce((top, row) => (row.score > top.score ? row : top));
  const worst = rows.reduce((bottom, row) => (row.score < bottom.score ? row : bottom));
  return { first, last, change: Math.round((last.score - first.score) * 10) / 10, best, worst };
}
