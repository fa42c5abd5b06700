/** Cells built from fewer than this many distinct voters are never shown (docs/analytics.md). */
export const MIN_DISTINCT_VOTERS = 5;

/** An aggregate cell before suppression: its distinct voters, and who they are when there are few. */
export type RawCell<T> = Readonly<{
  figures: T;
  voters: number;
  /** The pseudonymous authors when `voters` < MIN_DISTINCT_VOTERS (needed to combine small cells); else null. */
  smallVoters: readonly string[] | null;
  /** Orders candidates for complementary suppression: the smallest visible cell is hidden first. */
  size: number;
}>;

export type Suppressed<T> = Readonly<{ figures: T | null; suppressed: boolean }>;

/**
 * Suppresses the cells of one table and its total so that no figure is built from fewer than k distinct
 * voters, directly or by subtraction:
 * 1. every cell with 1..k−1 voters is hidden (a cell with no voters is an honest zero);
 * 2. total − visible cells reveals the hidden cells together, so they must come from ≥ k distinct voters: when
 *    they do not, the smallest visible non-empty cell (which has ≥ k voters of its own) is hidden too;
 * 3. the total is hidden when it comes from fewer than k voters, or when nothing is left to hide in step 2,
 *    or, when each cell is published on its own elsewhere (a region's total), as soon as any cell is hidden:
 *    the complement of step 2 would be no secret then.
 * Pure; cells come back in the order given.
 */
export function suppress<T>(
  cells: readonly RawCell<T>[],
  total: RawCell<T>,
  options: Readonly<{
    k?: number;
    /** Each cell is also published alone elsewhere: any hidden cell hides the total. */ cellsPublishedAlone?: boolean;
  }> = {},
): { cells: Suppressed<T>[]; total: Suppressed<T> } {
  const k = options.k ?? MIN_DISTINCT_VOTERS;
  const hidden = cells.map((cell) => cell.voters > 0 && cell.voters < k);
  // Small cells list their voters, so the distinct voters of the hidden ones are known exactly.
  const hiddenVoters = new Set(cells.flatMap((cell, index) => (hidden[index] ? (cell.smallVoters ?? []) : [])));
  let exposed = hiddenVoters.size > 0 && hiddenVoters.size < k;
  if (exposed) {
    const complement = cells
      .map((cell, index) => ({ cell, index }))
      .filter(({ cell, index }) => !hidden[index] && cell.voters > 0)
      .sort((a, b) => a.cell.voters - b.cell.voters || a.cell.size - b.cell.size || a.index - b.index)[0];
    if (complement) {
      hidden[complement.index] = true;
      exposed = false;
    }
  }
  const totalHidden = (total.voters > 0 && total.voters < k) || exposed || (options.cellsPublishedAlone === true && hidden.some(Boolean));
  return {
    cells: cells.map((cell, index) => (hidden[index] ? { figures: null, suppressed: true } : { figures: cell.figures, suppressed: false })),
    total: totalHidden ? { figures: null, suppressed: true } : { figures: total.figures, suppressed: false },
  };
}
