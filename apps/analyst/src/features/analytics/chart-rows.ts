/**
 * Analytics cells shaped for charts and tables. A suppressed cell (fewer than k distinct voters) keeps
 * `value: null` and `suppressed: true`: charts leave its bar out and mark it hidden, never draw it as 0.
 * Pure, so the shaping is unit-tested.
 */
import type { AnalystCellFieldsFragment as AnalyticsCell, AnalyticsGroupBy as GroupBy } from '../../gql/graphql';

export type { AnalyticsCell, GroupBy };

// The groupings in the order of the tabs; a Record, so one the schema adds does not compile until it has its place.
const TAB_ORDER: Readonly<Record<GroupBy, number>> = { CATEGORY: 0, TERRITORY: 1, NATIONAL_PROJECT: 2, DAY: 3, WEEK: 4, MONTH: 5 };
export const GROUP_BYS: readonly GroupBy[] = (Object.keys(TAB_ORDER) as GroupBy[]).sort((a, b) => TAB_ORDER[a] - TAB_ORDER[b]);
export type TimeGroupBy = Extract<GroupBy, 'DAY' | 'WEEK' | 'MONTH'>;

export const METRICS = [
  'submitted',
  'answered',
  'resolved',
  'overdue',
  'backlog',
  'medianResponseHours',
  'satisfaction',
  'feedback',
] as const;
export type Metric = (typeof METRICS)[number];

export type ChartRow = Readonly<{
  key: string;
  label: string;
  /** null: suppressed, or no figure (a median of nothing). Never drawn as 0. */
  value: number | null;
  suppressed: boolean;
}>;

export const isTimeGroupBy = (groupBy: GroupBy): groupBy is TimeGroupBy => groupBy === 'DAY' || groupBy === 'WEEK' || groupBy === 'MONTH';

export function isGroupBy(value: string | null): value is GroupBy {
  return (GROUP_BYS as readonly (string | null)[]).includes(value);
}

export function isMetric(value: string | null): value is Metric {
  return (METRICS as readonly (string | null)[]).includes(value);
}

/**
 * One chart row per cell. Time series keep the API's order (every period of the range, empty ones as
 * honest zeros); categories go largest first, with the rows that have no figure (hidden ones included) last.
 */
export function toChartRows(
  cells: readonly AnalyticsCell[],
  metric: Metric,
  label: (cell: AnalyticsCell) => string,
  order: 'time' | 'largestFirst',
): ChartRow[] {
  const rows = cells.map((cell): ChartRow => ({
    key: cell.key,
    label: label(cell),
    value: cell.suppressed ? null : cell[metric],
    suppressed: cell.suppressed,
  }));
  if (order === 'time') return rows;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (a.row.value === null || b.row.value === null) {
        if (a.row.value !== b.row.value) return a.row.value === null ? 1 : -1;
        // Among rows without a figure, hidden ones last: they are the ones the legend explains.
        if (a.row.suppressed !== b.row.suppressed) return a.row.suppressed ? 1 : -1;
        return a.index - b.index;
      }
      return b.row.value - a.row.value || a.index - b.index;
    })
    .map(({ row }) => row);
}

export type ChartSummary = Readonly<{
  /** Rows with a figure. */
  shown: number;
  suppressed: number;
  highest: ChartRow | null;
  lowest: ChartRow | null;
  /** No row has a figure above zero: nothing to draw. */
  empty: boolean;
}>;

/** What a chart shows, for its text alternative: how many rows, which is highest and lowest, how many are hidden. */
export function summarizeRows(rows: readonly ChartRow[]): ChartSummary {
  const withValue = rows.filter((row): row is ChartRow & { value: number } => row.value !== null);
  const highest = withValue.reduce<ChartRow | null>(
    (best, row) => (best === null || row.value > (best.value ?? -Infinity) ? row : best),
    null,
  );
  const lowest = withValue.reduce<ChartRow | null>(
    (worst, row) => (worst === null || row.value < (worst.value ?? Infinity) ? row : worst),
    null,
  );
  return {
    shown: withValue.length,
    suppressed: rows.filter((row) => row.suppressed).length,
    highest,
    lowest,
    empty: withValue.every((row) => row.value === 0),
  };
}

/** Joins date parts, leaving out the Russian "г." after a year: "1–7 дек. 2025", not "1–7 дек. 2025 г.". */
function joinParts(parts: readonly Intl.DateTimeFormatPart[]): string {
  return parts.map((part) => (part.type === 'literal' ? part.value.replace(/\s?г\./g, '') : part.value)).join('');
}

/**
 * The label of a period key (its first day, YYYY-MM-DD): "17 нояб." for a day, "17–23 нояб." for a week
 * (Monday to Sunday), "нояб. 2026" for a month. `withYear` adds the year to days and weeks.
 */
export function periodLabel(key: string, groupBy: TimeGroupBy, locale: string, withYear = false): string {
  const start = new Date(`${key}T00:00:00Z`);
  if (Number.isNaN(start.getTime())) return key;
  if (groupBy === 'MONTH') {
    const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(start);
    return `${month} ${start.getUTCFullYear()}`;
  }
  const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC', ...(withYear ? { year: 'numeric' } : {}) };
  const format = new Intl.DateTimeFormat(locale, options);
  if (groupBy === 'DAY') return joinParts(format.formatToParts(start));
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return joinParts(format.formatRangeToParts(start, end));
}
