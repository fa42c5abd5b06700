import {
  TOPIC_SHARES,
  categoryWeights,
  cumulative,
  dailyAppealCounts,
  deputyShares,
  largestRemainder,
  maxWindow,
  seededRandom,
  territoriesOfDeputies,
} from './seed-plan';

describe('the daily appeal counts of the bench year', () => {
  const plan = dailyAppealCounts({ total: 200_000, days: 365, lastDate: '2026-11-23', peakWeek: 10_000 });
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

  it('covers 365 consecutive days ending with the last date and sums to the total exactly', () => {
    expect(plan.dates).toHaveLength(365);
    expect(plan.dates[0]).toBe('2025-11-24');
    expect(plan.dates[364]).toBe('2026-11-23');
    expect(sum(plan.counts)).toBe(200_000);
    expect(Math.min(...plan.counts)).toBeGreaterThan(0);
  });

  it('peaks at about the stated busiest week, in the autumn, at 2.6 times the average week', () => {
    expect(plan.peakWeek).toBe(maxWindow(plan.counts, 7).sum);
    expect(Math.abs(plan.peakWeek - 10_000)).toBeLessThanOrEqual(100);
    expect(plan.peakWeekStart.slice(5, 7)).toBe('10');
    expect(plan.peakWeek / ((200_000 * 7) / 365)).toBeCloseTo(2.6, 1);
  });

  it('brings fewer appeals at weekends and over the New Year holidays', () => {
    const byWeekday = [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
      sum(plan.counts.filter((_, index) => new Date(`${plan.dates[index]}T00:00:00Z`).getUTCDay() === weekday)),
    );
    expect(byWeekday[0]).toBeLessThan(byWeekday[3] * 0.7); // Sunday against Wednesday
    const day = (date: string): number => plan.counts[plan.dates.indexOf(date)];
    expect(day('2026-01-03')).toBeLessThan(day('2026-01-17') * 0.6); // both Saturdays
  });

  it('has no peaks when the stated busiest week is no busier than the plain curve gives', () => {
    const flat = dailyAppealCounts({ total: 36_500, days: 365, lastDate: '2026-11-23', peakWeek: 1 });
    expect(sum(flat.counts)).toBe(36_500);
    expect(flat.peakWeek).toBeLessThan(((36_500 * 7) / 365) * 1.15);
  });
});

describe('how appeals spread over deputies', () => {
  const shares = deputyShares(300, 200_000);

  it('gives every deputy a share, summing to 1, busiest first', () => {
    expect(shares).toHaveLength(300);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const zipfPart = shares.slice(0, 294);
    expect(zipfPart.every((share, index) => index === 0 || share <= zipfPart[index - 1])).toBe(true);
  });

  it('has a few busy deputies with thousands of appeals and a tail with a few hundred', () => {
    expect(shares[0] * 200_000).toBeGreaterThan(4_000);
    expect(shares[293] * 200_000).toBeGreaterThan(150);
    expect(shares[293] * 200_000).toBeLessThan(300);
  });

  it('ends with newcomers expected to receive too few appeals to be ranked', () => {
    expect(shares.slice(-6).map((share) => Math.round(share * 200_000))).toEqual([5, 8, 11, 14, 17, 20]);
  });
});

describe('the helpers of the plan', () => {
  it('cumulative bounds rise to exactly 1', () => {
    const bounds = cumulative([1, 3, 0, 6]);
    expect(bounds).toEqual([0.1, 0.4, 0.4, 1]);
  });

  it('largest remainder keeps the sum and moves no value by a whole unit', () => {
    const values = [1.5, 2.5, 3.4, 2.6];
    const rounded = largestRemainder(values, 10);
    expect(rounded.reduce((a, b) => a + b, 0)).toBe(10);
    rounded.forEach((value, index) => expect(Math.abs(value - values[index])).toBeLessThan(1));
  });

  it('a seeded random sequence repeats and stays within [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const drawn = Array.from({ length: 1000 }, () => a());
    expect(drawn).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...drawn)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...drawn)).toBeLessThan(1);
  });
});

describe('territories of the deputies', () => {
  const territories = [
    { id: 'big', population: 1_500_000 },
    { id: 'middle', population: 500_000 },
    { id: 'small', population: 10_000 },
  ];

  it('gives every territory a deputy and the rest of the seats by population', () => {
    const seats = territoriesOfDeputies(territories, 23, seededRandom(1));
    const count = (id: string): number => seats.filter((seat) => seat === id).length;
    expect(seats).toHaveLength(23);
    expect(count('small')).toBe(1);
    expect(count('big')).toBe(1 + 15);
    expect(count('middle')).toBe(1 + 5);
  });

  it('deals the same seats with the same seed', () => {
    expect(territoriesOfDeputies(territories, 23, seededRandom(5))).toEqual(territoriesOfDeputies(territories, 23, seededRandom(5)));
  });
});

describe('category weights', () => {
  it('give each topic its share, split over its subcategories, the first the largest', () => {
    const subcategories = [
      { id: 'housing.heating', parentId: 'housing' },
      { id: 'housing.water', parentId: 'housing' },
      { id: 'roads.potholes', parentId: 'roads' },
      { id: 'misc.x', parentId: 'misc' },
    ];
    const weights = categoryWeights(subcategories);
    expect(weights[0] + weights[1]).toBeCloseTo(TOPIC_SHARES.housing, 12);
    expect(weights[0]).toBeGreaterThan(weights[1]);
    expect(weights[2]).toBeCloseTo(TOPIC_SHARES.roads, 12);
    expect(weights[3]).toBeCloseTo(1 - TOPIC_SHARES.housing - TOPIC_SHARES.roads, 12);
  });
});
