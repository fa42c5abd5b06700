/**
 * Calendar dates as the API takes them: "YYYY-MM-DD", whole days. Pure, so the rules the forms check
 * before sending are unit-tested; the API checks them again in the region's own time zone.
 */
export type IsoDate = string;

/** The API refuses a range of 3 × 366 days or more (libs/analytics, checkRange). */
export const MAX_RANGE_DAYS = 3 * 366;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (value: number): string => String(value).padStart(2, '0');
const utc = (iso: IsoDate): Date => new Date(`${iso}T00:00:00Z`);
const toIso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** True for a real calendar date written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string | null | undefined): value is IsoDate {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(utc(value).getTime()) && toIso(utc(value)) === value;
}

/** Today in this browser's time zone. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = utc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The first day of the month `months` months before the month of `iso` (0: its own month). */
export function startOfMonthBefore(iso: IsoDate, months: number): IsoDate {
  const date = utc(iso);
  return toIso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1)));
}

/** The last day of the month of `iso`. */
export function endOfMonth(iso: IsoDate): IsoDate {
  const date = utc(iso);
  return toIso(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
}

/** The default period of the analytics pages: the last twelve calendar months, this one included, up to today. */
export function defaultRange(today: IsoDate): Readonly<{ from: IsoDate; to: IsoDate }> {
  return { from: startOfMonthBefore(today, 11), to: today };
}

/** Days from `from` to `to` (0 for the same day, negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

export type DateProblem = 'required' | 'invalid' | 'future';
export type RangeProblem = DateProblem | 'fromAfterTo' | 'tooLong';

/** What is wrong with an `asOf` date, or null: it must be a date, and not after today. */
export function asOfProblem(value: string, today: IsoDate): DateProblem | null {
  if (value.trim() === '') return 'required';
  if (!isIsoDate(value)) return 'invalid';
  return value > today ? 'future' : null;
}

/** What is wrong with a period, field by field: both dates given and real, `from` not after `to`, at most three years. */
export function rangeProblems(from: string, to: string): Readonly<{ from: RangeProblem | null; to: RangeProblem | null }> {
  const single = (value: string): DateProblem | null => (value.trim() === '' ? 'required' : isIsoDate(value) ? null : 'invalid');
  const fromProblem = single(from);
  const toProblem = single(to);
  if (fromProblem || toProblem) return { from: fromProblem, to: toProblem };
  const days = daysBetween(from, to);
  if (days < 0) return { from: 'fromAfterTo', to: null };
  if (days >= MAX_RANGE_DAYS) return { from: null, to: 'tooLong' };
  return { from: null, to: null };
}
