import { formatDecimal } from '@app/ui/format/intl-format';
import type { AnalystMeanFieldsFragment, AnalystRateFieldsFragment } from '../gql/graphql';

/**
 * How the figures of ratings and analytics are written: shares as whole percents with their 95% interval
 * ("82 % (76–87)"), means on the 1–5 scale with one decimal. Pure and locale-driven, so unit-tested.
 */
export type RateLike = Pick<AnalystRateFieldsFragment, 'rate' | 'interval' | 'successes' | 'total'>;
export type MeanLike = Pick<AnalystMeanFieldsFragment, 'count' | 'mean' | 'shrunk' | 'interval'>;
type Interval = MeanLike['interval'];

const percentNumber = (value: number): number => Math.round(value * 100);

/** 0.823 → "82 %" (ru) or "82%" (en). */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percentNumber(value) / 100);
}

/** 0.76, 0.871 → "76–87": an interval of shares in whole percents, the unit said once by the value beside it. */
export function formatPercentRange(interval: Interval, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return `${number.format(percentNumber(interval.low))}–${number.format(percentNumber(interval.high))}`;
}

export type FormattedFigure = Readonly<{ value: string; interval: string | null; text: string }>;

/** A share with its Wilson interval: "82 % (76–87)"; null when there is nothing to divide (total 0). */
export function formatRate(rate: RateLike, locale: string): FormattedFigure | null {
  if (rate.rate === null || rate.total === 0) return null;
  const value = formatPercent(rate.rate, locale);
  const interval = rate.interval ? formatPercentRange(rate.interval, locale) : null;
  return { value, interval, text: interval ? `${value} (${interval})` : value };
}

/** A mean score with the interval around its shrunk value: "4,0 (3,6–4,3)". */
export function formatMean(mean: MeanLike, locale: string): FormattedFigure {
  const value = formatDecimal(mean.shrunk, locale);
  const interval = `${formatDecimal(mean.interval.low, locale)}–${formatDecimal(mean.interval.high, locale)}`;
  return { value, interval, text: `${value} (${interval})` };
}

/**
 * The voters' own average of the three scores (promptness, quality, attentiveness), 1–5, or null without
 * feedback. The three are summed over the same feedback, so their counts are equal.
 */
export function rawSatisfaction(means: readonly MeanLike[]): number | null {
  const given = means.filter((mean) => mean.mean !== null && mean.count > 0);
  if (given.length === 0) return null;
  return given.reduce((sum, mean) => sum + (mean.mean ?? 0), 0) / given.length;
}

/** Width of a bar for a 0–100 score, in percent of its track, kept inside 0–100. */
export function scoreBarWidth(score: number): number {
  return Math.min(100, Math.max(0, score));
}
