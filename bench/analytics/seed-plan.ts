/**
 * The shape of the bench data set, pure: how many appeals each day brings, how they spread over deputies,
 * territories and categories. The seeding SQL (seed.ts) draws each appeal from these distributions.
 */

/** A seeded PRNG (mulberry32): the same plan on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DailyPlan = Readonly<{
  /** Calendar dates (YYYY-MM-DD), oldest first; the last is `lastDate`. */
  dates: readonly string[];
  /** Appeals submitted on each date; they sum to `total`. */
  counts: readonly number[];
  /** The largest number of appeals in 7 consecutive days. */
  peakWeek: number;
  /** Where that week starts (YYYY-MM-DD). */
  peakWeekStart: string;
}>;

/** Weekday factors, Sunday first: appeals come in on working days, fewer at weekends. */
const WEEKDAY = [0.5, 1.1, 1.05, 1.0, 1.0, 0.95, 0.6] as const;
/** The heating season starts and leaves fall (ЖКХ, благоустройство): the year's peak, around 12 October. */
const AUTUMN = { month: 10, day: 12, sigmaDays: 12 } as const;
/** Snow melts and potholes open (дороги, дворы): a smaller peak around 10 April, this share of the autumn one. */
const SPRING = { month: 4, day: 10, sigmaDays: 15, share: 0.45 } as const;

/**
 * Appeals per day over `days` calendar days ending with `lastDate`: working days busier than weekends, a
 * New Year lull, a summer dip, a spring peak and an autumn peak whose height is chosen so that the busiest
 * 7 days bring about `peakWeek` appeals. Integer counts summing exactly to `total`.
 */
export function dailyAppealCounts(options: Readonly<{ total: number; days: number; lastDate: string; peakWeek: number }>): DailyPlan {
  const { total, days, lastDate, peakWeek } = options;
  const last = Date.parse(`${lastDate}T00:00:00Z`);
  const dates = Array.from({ length: days }, (_, index) => new Date(last - (days - 1 - index) * 86_400_000));
  const expected = (amplitude: number): number[] => {
    const weights = dates.map((date) => seasonalWeight(date, amplitude));
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((weight) => (weight / sum) * total);
  };
  // The busiest week grows with the amplitude of the peaks: bisect for the one that gives `peakWeek`.
  let low = 0;
  let high = 50;
  if (maxWindow(expected(low), 7).sum < peakWeek) {
    for (let step = 0; step < 60; step += 1) {
      const middle = (low + high) / 2;
      if (maxWindow(expected(middle), 7).sum < peakWeek) low = middle;
      else high = middle;
    }
  }
  const counts = largestRemainder(expected(low), total);
  const peak = maxWindow(counts, 7);
  return { dates: dates.map(isoDate), counts, peakWeek: peak.sum, peakWeekStart: isoDate(dates[peak.start]) };
}

function seasonalWeight(date: Date, amplitude: number): number {
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  let weight = WEEKDAY[date.getUTCDay()];
  if ((month === 12 && day >= 30) || (month === 1 && day <= 8)) weight *= 0.4;
  if (month === 7 || month === 8) weight *= 0.85;
  const bump = (center: { month: number; day: number; sigmaDays: number }): number => {
    const distance = daysToNearest(date, center.month, center.day);
    return Math.exp(-0.5 * (distance / center.sigmaDays) ** 2);
  };
  return weight * (1 + amplitude * bump(AUTUMN) + amplitude * SPRING.share * bump(SPRING));
}

/** Days from `date` to the nearest `month`-`day` of its year or the years next to it. */
function daysToNearest(date: Date, month: number, day: number): number {
  const year = date.getUTCFullYear();
  return Math.min(...[year - 1, year, year + 1].map((y) => Math.abs(date.getTime() - Date.UTC(y, month - 1, day)) / 86_400_000));
}

/** The window of `width` consecutive values with the largest sum. */
export function maxWindow(values: readonly number[], width: number): { sum: number; start: number } {
  let sum = values.slice(0, width).reduce((a, b) => a + b, 0);
  let best = { sum, start: 0 };
  for (let index = width; index < values.length; index += 1) {
    sum += values[index] - values[index - width];
    if (sum > best.sum) best = { sum, start: index - width + 1 };
  }
  return best;
}

/** Rounds non-negative reals to integers with the given sum, giving the leftover units to the largest fractions. */
export function largestRemainder(values: readonly number[], total: number): number[] {
  const sum = values.reduce((a, b) => a + b, 0);
  const scaled = values.map((value) => (sum > 0 ? (value / sum) * total : 0));
  const result = scaled.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left -= 1) result[order[k].index] += 1;
  return result;
}

/**
 * Expected share of the appeals of each deputy, busiest first: a Zipf-like curve with offset 10 (a few busy
 * deputies with a few percent each, a long tail of a few hundred a year), then a few newcomers expected to
 * receive only 5, 8, 11… appeals, so that some stay below the 10 answered a rank needs.
 */
export function deputyShares(count: number, totalAppeals: number): number[] {
  const newcomers = Math.max(3, Math.round(count / 50));
  const newcomerShares = Array.from({ length: newcomers }, (_, index) => (5 + 3 * index) / totalAppeals);
  const rest = 1 - newcomerShares.reduce((a, b) => a + b, 0);
  const zipf = Array.from({ length: count - newcomers }, (_, index) => 1 / (index + 11));
  const zipfSum = zipf.reduce((a, b) => a + b, 0);
  return [...zipf.map((weight) => (weight / zipfSum) * rest), ...newcomerShares];
}

/** Cumulative sums of weights normalised to 1 (the last is exactly 1): a value u in [0, 1) picks the first index whose bound exceeds it. */
export function cumulative(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  const bounds = weights.map((weight) => (running += weight / sum));
  if (bounds.length > 0) bounds[bounds.length - 1] = 1;
  return bounds;
}

export type Territory = Readonly<{ id: string; population: number }>;

/**
 * The territory of each deputy (in deputy order): seats shared by population (largest remainder, at least one
 * per territory while there are seats), then dealt in a seeded random order so that busy deputies are spread.
 */
export function territoriesOfDeputies(territories: readonly Territory[], deputies: number, random: () => number): string[] {
  const sorted = [...territories].sort((a, b) => a.id.localeCompare(b.id));
  const guaranteed = Math.min(sorted.length, deputies);
  const extra = largestRemainder(
    sorted.map((territory) => territory.population),
    deputies - guaranteed,
  );
  const seats = sorted.flatMap((territory, index) => Array<string>((index < guaranteed ? 1 : 0) + extra[index]).fill(territory.id));
  for (let index = seats.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [seats[index], seats[other]] = [seats[other], seats[index]];
  }
  return seats;
}

/** Share of appeals per top-level topic, as ЦУР of large cities report them; unknown topics share what is left. */
export const TOPIC_SHARES: Readonly<Record<string, number>> = {
  housing: 0.3,
  improvement: 0.2,
  roads: 0.12,
  'public-transport': 0.07,
  healthcare: 0.06,
  social: 0.06,
  education: 0.04,
  ecology: 0.04,
  safety: 0.03,
  construction: 0.025,
  'culture-sport': 0.02,
  'public-services': 0.02,
  economy: 0.015,
  communications: 0.015,
  agriculture: 0.002,
};

export type Subcategory = Readonly<{ id: string; parentId: string }>;

/** A weight per subcategory: its topic's share, split within the topic by a gentle Zipf curve (in the given order). */
export function categoryWeights(subcategories: readonly Subcategory[]): number[] {
  const byTopic = new Map<string, number[]>();
  subcategories.forEach((category, index) => byTopic.set(category.parentId, [...(byTopic.get(category.parentId) ?? []), index]));
  const known = [...byTopic.keys()].filter((topic) => topic in TOPIC_SHARES);
  const unknown = [...byTopic.keys()].filter((topic) => !(topic in TOPIC_SHARES));
  const left = Math.max(1 - known.reduce((sum, topic) => sum + TOPIC_SHARES[topic], 0), 0.01);
  const weights = new Array<number>(subcategories.length).fill(0);
  for (const [topic, indexes] of byTopic) {
    const share = TOPIC_SHARES[topic] ?? left / unknown.length;
    const zipf = indexes.map((_, rank) => 1 / (rank + 1) ** 0.7);
    const zipfSum = zipf.reduce((a, b) => a + b, 0);
    indexes.forEach((categoryIndex, rank) => (weights[categoryIndex] = (share * zipf[rank]) / zipfSum));
  }
  return weights;
}

/** Calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
