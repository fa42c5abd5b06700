export type SortDirection = 'asc' | 'desc';
export type SortValue = number | string | null;

/**
 * Rows ordered by one column: numbers numerically, text in the page's collation, and empty values (no
 * data yet) always last whichever way the column is sorted. Equal values keep their given order, so a
 * table sorted by score keeps rank order among equal scores.
 */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection, locale = 'ru'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}

/** Clicking a column: the same column flips its direction; a new one starts with its natural direction. */
export function nextSort<Key extends string>(
  current: Readonly<{ key: Key; direction: SortDirection }>,
  key: Key,
  natural: SortDirection,
): { key: Key; direction: SortDirection } {
  if (current.key !== key) return { key, direction: natural };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
