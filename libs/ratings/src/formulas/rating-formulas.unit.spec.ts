import fc from 'fast-check';
import {
  type DeputyCounts,
  type DeputyScore,
  RATING_METHOD,
  type SumStats,
  effectiveVoters,
  meanFigure,
  noCounts,
  rateDeputies,
  regionalPrior,
  shrinkRate,
  wilsonInterval,
} from './rating-formulas';

// z = 1.959963984540054, z² = 3.841459, z²/2 = 1.920729, z²/4 = 0.960365.
// Wilson: centre = (s + z²/2)/(n + z²), half = z·√(s(n−s)/n + z²/4)/(n + z²).

const deputy = (deputyId: string, counts: Partial<DeputyCounts> = {}): DeputyCounts => ({ ...noCounts(deputyId), ...counts });
const unroundedScore = (s: DeputyScore): number => s.components.reduce((total, c) => total + c.points, 0);

describe('wilsonInterval', () => {
  it('8 of 10', () => {
    // centre = (8 + 1.920729)/(10 + 3.841459) = 9.920729/13.841459 = 0.716740
    // half = 1.959964·√(8·2/10 + 0.960365)/13.841459 = 1.959964·1.600114/13.841459 = 0.226578
    const interval = wilsonInterval(8, 10);
    expect(interval?.low).toBeCloseTo(0.4902, 4); // 0.716740 − 0.226578
    expect(interval?.high).toBeCloseTo(0.9433, 4); // 0.716740 + 0.226578
  });

  it('0 of 5 starts at 0 and still leaves room above', () => {
    // centre = 1.920729/8.841459 = 0.217241; half = 1.959964·√0.960365/8.841459 = 1.920729/8.841459 = 0.217241
    expect(wilsonInterval(0, 5)).toEqual({ low: 0, high: expect.closeTo(0.4345, 4) }); // 2·0.217241
  });

  it('5 of 5 ends at 1, mirroring 0 of 5', () => {
    // centre = (5 + 1.920729)/8.841459 = 0.782759; half = 0.217241 as for 0 of 5
    expect(wilsonInterval(5, 5)).toEqual({ low: expect.closeTo(0.5655, 4), high: 1 }); // 0.782759 − 0.217241
  });

  it('is null without cases and refuses more successes than cases', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
  });
});

describe('shrinkRate', () => {
  it('3 of 3 with 10 pseudo-cases at a regional 60% stays near the region', () => {
    expect(shrinkRate(3, 3, 0.6, 10)).toBeCloseTo(0.692308, 6); // (3 + 10·0.6)/(3 + 10) = 9/13
  });

  it('300 of 300 is barely moved', () => {
    expect(shrinkRate(300, 300, 0.6, 10)).toBeCloseTo(0.987097, 6); // (300 + 6)/310
  });

  it('without cases is the regional rate', () => {
    expect(shrinkRate(0, 0, 0.6, 10)).toBe(0.6);
  });
});

describe('effectiveVoters', () => {
  it('4 feedback from voters with 2, 1 and 1 items count as 2.667 voters', () => {
    expect(effectiveVoters(4, 2 * 2 + 1 + 1)).toBeCloseTo(2.667, 3); // 4²/6 = 16/6
  });

  it('is the feedback count when every voter spoke once, 1 when one voter spoke for all, 0 without feedback', () => {
    expect(effectiveVoters(5, 5)).toBe(5); // 25/5
    expect(effectiveVoters(5, 25)).toBe(1); // 25/5²
    expect(effectiveVoters(0, 0)).toBe(0);
  });
});

describe('regionalPrior', () => {
  it('pools a 2-deputy region', () => {
    const x = deputy('x', {
      answerable: 10,
      answered: 9,
      deadlineDecided: 10,
      deadlineMet: 8,
      firstResponseDecided: 10,
      firstResponseOnTarget: 7,
      reopenBase: 9,
      reopened: 1,
      feedback: 2,
      solved: 1,
      promptness: { n: 2, sum: 10, sumSquares: 50 }, // 5, 5
      quality: { n: 2, sum: 7, sumSquares: 25 }, // 3, 4
      attentiveness: { n: 2, sum: 9, sumSquares: 41 }, // 4, 5
    });
    const y = deputy('y', {
      answerable: 5,
      answered: 3,
      deadlineDecided: 5,
      deadlineMet: 2,
      firstResponseDecided: 5,
      firstResponseOnTarget: 2,
      reopenBase: 3,
      reopened: 0,
      feedback: 1,
      solved: 1,
      promptness: { n: 1, sum: 5, sumSquares: 25 },
      quality: { n: 1, sum: 1, sumSquares: 1 },
      attentiveness: { n: 1, sum: 3, sumSquares: 9 },
    });
    const prior = regionalPrior([x, y]);
    expect(prior.rates.ANSWERED).toBeCloseTo(0.8, 9); // (9 + 3)/(10 + 5)
    expect(prior.rates.DEADLINE).toBeCloseTo(0.666667, 6); // (8 + 2)/15
    expect(prior.rates.FIRST_RESPONSE).toBeCloseTo(0.6, 9); // (7 + 2)/15
    expect(prior.rates.RESOLUTION).toBeCloseTo(0.666667, 6); // (1 + 1)/(2 + 1)
    expect(prior.rates.REOPENED).toBeCloseTo(0.083333, 6); // (1 + 0)/(9 + 3)
    // promptness: μ = 15/3 = 5, σ² = 75/3 − 25 = 0, which would make every interval a point: 1 instead
    expect(prior.means.promptness).toEqual({ mean: 5, variance: 1 });
    // quality: μ = 8/3 = 2.666667, σ² = 26/3 − 64/9 = 14/9 = 1.555556
    expect(prior.means.quality.mean).toBeCloseTo(2.666667, 6);
    expect(prior.means.quality.variance).toBeCloseTo(1.555556, 6);
    // attentiveness: μ = 12/3 = 4, σ² = 50/3 − 16 = 0.666667
    expect(prior.means.attentiveness.mean).toBeCloseTo(4, 9);
    expect(prior.means.attentiveness.variance).toBeCloseTo(0.666667, 6);
  });

  it('is neutral where the region has no evidence: rates 0.5, mean 3, variance 1', () => {
    const prior = regionalPrior([deputy('w')]);
    expect(prior.rates).toEqual({ ANSWERED: 0.5, DEADLINE: 0.5, FIRST_RESPONSE: 0.5, RESOLUTION: 0.5, REOPENED: 0.5 });
    expect(prior.means.promptness).toEqual({ mean: 3, variance: 1 });
  });

  it('takes variance 1 from a single rating, whose own variance would be 0', () => {
    const one = (score: number): SumStats => ({ n: 1, sum: score, sumSquares: score * score });
    const prior = regionalPrior([deputy('x', { feedback: 1, solved: 0, promptness: one(4), quality: one(2), attentiveness: one(3) })]);
    expect(prior.rates.RESOLUTION).toBe(0); // 0/1
    expect(prior.means.quality).toEqual({ mean: 2, variance: 1 });
  });
});

describe('meanFigure', () => {
  it('clamps the interval to the 1..5 scale', () => {
    // shrunk = (50 + 10·5)/(10 + 10) = 5; half = 1.959964·√(1/20) = 0.438261
    const figure = meanFigure({ n: 10, sum: 50, sumSquares: 250 }, { mean: 5, variance: 1 });
    expect(figure.shrunk).toBe(5);
    expect(figure.interval).toEqual({ low: expect.closeTo(4.5617, 4), high: 5 }); // 5 − 0.438261, 5 + 0.438261 → 5
  });
});

describe('rateDeputies: a region of three, worked by hand (the example in docs/ratings.md)', () => {
  const a = deputy('a', {
    received: 22,
    answerable: 20,
    answered: 18,
    deadlineDecided: 20,
    deadlineMet: 16,
    firstResponseDecided: 20,
    firstResponseOnTarget: 17,
    medianFirstResponseHours: 20,
    reopenBase: 18,
    reopened: 1,
    feedback: 10,
    solved: 7,
    promptness: { n: 10, sum: 45, sumSquares: 205 }, // five 5s, five 4s
    quality: { n: 10, sum: 42, sumSquares: 182 }, // four 5s, four 4s, two 3s
    attentiveness: { n: 10, sum: 45, sumSquares: 205 },
    distinctVoters: 10,
    voterCountSquares: 10,
  });
  const b = deputy('b', {
    received: 30,
    answerable: 30,
    answered: 20,
    deadlineDecided: 30,
    deadlineMet: 18,
    firstResponseDecided: 30,
    firstResponseOnTarget: 15,
    medianFirstResponseHours: 30,
    reopenBase: 20,
    reopened: 4,
    feedback: 10,
    solved: 3,
    promptness: { n: 10, sum: 30, sumSquares: 100 }, // five 4s, five 2s
    quality: { n: 10, sum: 25, sumSquares: 65 }, // five 3s, five 2s
    attentiveness: { n: 10, sum: 30, sumSquares: 100 },
    distinctVoters: 4,
    voterCountSquares: 30, // 4² + 3² + 2² + 1²
  });
  const c = deputy('c', {
    received: 10,
    answerable: 10,
    answered: 4,
    deadlineDecided: 10,
    deadlineMet: 2,
    firstResponseDecided: 10,
    firstResponseOnTarget: 1,
    reopenBase: 4,
    reopened: 1,
  });
  // Regional prior:
  //   ANSWERED (18 + 20 + 4)/(20 + 30 + 10) = 0.7     DEADLINE (16 + 18 + 2)/60 = 0.6
  //   FIRST_RESPONSE (17 + 15 + 1)/60 = 0.55          RESOLUTION (7 + 3)/(10 + 10) = 0.5
  //   REOPENED (1 + 4 + 1)/(18 + 20 + 4) = 1/7
  //   promptness μ = 75/20 = 3.75, σ² = 305/20 − 3.75² = 1.1875; quality μ = 67/20 = 3.35, σ² = 247/20 − 3.35² = 1.1275;
  //   attentiveness as promptness.
  const [first, second, third] = rateDeputies([c, b, a]);
  const points = (s: DeputyScore | undefined) => s?.components.map((k) => [k.key, k.points]);

  it('deputy a: every component and the score', () => {
    expect(first?.deputyId).toBe('a');
    expect(points(first)).toEqual([
      ['ANSWERED', expect.closeTo(16.6667, 4)], // 20·(18 + 10·0.7)/(20 + 10) = 20·25/30
      ['DEADLINE', expect.closeTo(14.6667, 4)], // 20·(16 + 6)/30 = 20·22/30
      ['FIRST_RESPONSE', expect.closeTo(7.5, 4)], // 10·(17 + 5.5)/30 = 10·0.75
      ['RESOLUTION', expect.closeTo(12, 4)], // 20·(7 + 5)/20 = 20·0.6
      ['NOT_REOPENED', expect.closeTo(4.5663, 4)], // 5·(1 − (1 + 10/7)/28) = 5·(1 − 17/196) = 5·0.913265
      // means (45 + 37.5)/20 = 4.125, (42 + 33.5)/20 = 3.775, 4.125; (12.025/3 − 1)/4 = 0.752083
      ['SATISFACTION', expect.closeTo(18.8021, 4)], // 25·0.752083
    ]);
    expect(unroundedScore(first)).toBeCloseTo(74.2017, 4); // 16.6667 + 14.6667 + 7.5 + 12 + 4.5663 + 18.8021
    expect(first).toMatchObject({ score: 74.2, ranked: true, rank: 1, effectiveVoters: 10, flags: [] });
  });

  it('deputy a: the figures behind the components', () => {
    expect(first?.answeredShare).toEqual({
      successes: 18,
      total: 20,
      rate: 0.9,
      shrunk: expect.closeTo(0.833333, 6),
      // centre = (18 + 1.920729)/23.841459 = 0.835550; half = 1.959964·√(1.8 + 0.960365)/23.841459 = 0.136584
      interval: { low: expect.closeTo(0.699, 4), high: expect.closeTo(0.9721, 4) },
    });
    expect(first?.quality).toEqual({
      count: 10,
      mean: 4.2,
      shrunk: expect.closeTo(3.775, 9),
      // 3.775 ± 1.959964·√(1.1275/20) = 3.775 ± 0.465362
      interval: { low: expect.closeTo(3.3096, 4), high: expect.closeTo(4.2404, 4) },
    });
  });

  it('deputy b: ranked second, flagged for few distinct voters', () => {
    expect(second?.deputyId).toBe('b');
    expect(points(second)).toEqual([
      ['ANSWERED', expect.closeTo(13.5, 4)], // 20·(20 + 7)/40 = 20·0.675
      ['DEADLINE', expect.closeTo(12, 4)], // 20·(18 + 6)/40 = 20·0.6
      ['FIRST_RESPONSE', expect.closeTo(5.125, 4)], // 10·(15 + 5.5)/40 = 10·0.5125
      ['RESOLUTION', expect.closeTo(8, 4)], // 20·(3 + 5)/20 = 20·0.4
      ['NOT_REOPENED', expect.closeTo(4.0952, 4)], // 5·(1 − (4 + 10/7)/30) = 5·(1 − 38/210) = 5·0.819048
      // means (30 + 37.5)/20 = 3.375, (25 + 33.5)/20 = 2.925, 3.375; (9.675/3 − 1)/4 = 0.55625
      ['SATISFACTION', expect.closeTo(13.9063, 4)], // 25·0.55625
    ]);
    expect(unroundedScore(second)).toBeCloseTo(56.6265, 4); // 13.5 + 12 + 5.125 + 8 + 4.0952 + 13.9063
    // effective voters 10²/30 = 3.333 < 5
    expect(second).toMatchObject({
      score: 56.6,
      ranked: true,
      rank: 2,
      effectiveVoters: expect.closeTo(3.3333, 4),
      flags: ['FEW_DISTINCT_VOTERS'],
    });
  });

  it('deputy c: 4 answered is below the minimum of 10, so scored but not ranked', () => {
    expect(third?.deputyId).toBe('c');
    expect(points(third)).toEqual([
      ['ANSWERED', expect.closeTo(11, 4)], // 20·(4 + 7)/20 = 20·0.55
      ['DEADLINE', expect.closeTo(8, 4)], // 20·(2 + 6)/20 = 20·0.4
      ['FIRST_RESPONSE', expect.closeTo(3.25, 4)], // 10·(1 + 5.5)/20 = 10·0.325
      ['RESOLUTION', expect.closeTo(10, 4)], // 20·(0 + 5)/10: no feedback, the regional 0.5
      ['NOT_REOPENED', expect.closeTo(4.1327, 4)], // 5·(1 − (1 + 10/7)/14) = 5·(1 − 17/98) = 5·0.826531
      // no ratings: the regional means 3.75, 3.35, 3.75; (10.85/3 − 1)/4 = 0.654167
      ['SATISFACTION', expect.closeTo(16.3542, 4)], // 25·0.654167
    ]);
    expect(unroundedScore(third)).toBeCloseTo(52.7368, 4); // 11 + 8 + 3.25 + 10 + 4.1327 + 16.3542
    expect(third).toMatchObject({
      score: 52.7,
      ranked: false,
      rank: null,
      effectiveVoters: 0,
      flags: ['BELOW_MINIMUM_SAMPLE', 'NO_FEEDBACK'],
    });
    expect(third?.resolutionRate).toEqual({ successes: 0, total: 0, rate: null, interval: null, shrunk: 0.5 });
    expect(third?.promptness).toMatchObject({ count: 0, mean: null, shrunk: 3.75 });
  });
});

describe('rateDeputies: ranking', () => {
  const strong = (deputyId: string) =>
    deputy(deputyId, { answerable: 20, answered: 20, deadlineDecided: 20, deadlineMet: 20, reopenBase: 20 });
  const weak = (deputyId: string) =>
    deputy(deputyId, { answerable: 20, answered: 10, deadlineDecided: 20, deadlineMet: 5, reopenBase: 10 });

  it('equal scores share rank 1 and the next deputy is 3rd ("1224"), ties listed by id', () => {
    const ranking = rateDeputies([weak('w'), strong('s2'), strong('s1')]);
    expect(ranking.map((s) => [s.deputyId, s.rank])).toEqual([
      ['s1', 1],
      ['s2', 1],
      ['w', 3],
    ]);
  });

  it('lists the unranked after every ranked deputy, even with a higher score', () => {
    const perfectFew = deputy('few', { answerable: 5, answered: 5, deadlineDecided: 5, deadlineMet: 5, reopenBase: 5 });
    const ranking = rateDeputies([perfectFew, weak('w')]);
    expect(ranking.map((s) => [s.deputyId, s.rank])).toEqual([
      ['w', 1],
      ['few', null],
    ]);
    expect(ranking[1].score).toBeGreaterThan(ranking[0].score);
  });
});

describe('rateDeputies: flags', () => {
  const withFeedback = (deputyId: string, voterCountSquares: number) =>
    deputy(deputyId, {
      answerable: 10,
      answered: 10,
      feedback: 5,
      solved: 5,
      voterCountSquares,
      promptness: { n: 5, sum: 25, sumSquares: 125 },
    });

  it('flags fewer than 5 effective voters: 5 voters once each is enough, one voter twice of 4 is not', () => {
    const [fiveVoters, fourVoters] = rateDeputies([withFeedback('five', 5), withFeedback('four', 2 * 2 + 1 + 1 + 1)]);
    expect(fiveVoters).toMatchObject({ deputyId: 'five', effectiveVoters: 5, flags: [] }); // 5²/5
    expect(fourVoters).toMatchObject({ deputyId: 'four', effectiveVoters: expect.closeTo(3.571, 3), flags: ['FEW_DISTINCT_VOTERS'] }); // 5²/7
  });
});

describe('RATING_METHOD', () => {
  it('weights sum to 1', () => {
    expect(Object.values(RATING_METHOD.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

// Arbitrary consistent counts: feedback is generated item by item, so its sums and voter counts agree.
const score = fc.integer({ min: 1, max: 5 });
const feedbackItem = fc.record({
  voter: fc.integer({ min: 0, max: 6 }),
  solved: fc.boolean(),
  promptness: score,
  quality: score,
  attentiveness: score,
});
const rate = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 40 })).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
const stats = (scores: readonly number[]): SumStats => ({
  n: scores.length,
  sum: scores.reduce((a, s) => a + s, 0),
  sumSquares: scores.reduce((a, s) => a + s * s, 0),
});
const counts = fc
  .record({ answered: rate, deadline: rate, firstResponse: rate, reopened: rate, feedback: fc.array(feedbackItem, { maxLength: 25 }) })
  .map(({ answered, deadline, firstResponse, reopened, feedback }) => (deputyId: string) => {
    const perVoter = new Map<number, number>();
    for (const f of feedback) perVoter.set(f.voter, (perVoter.get(f.voter) ?? 0) + 1);
    return deputy(deputyId, {
      received: answered[1],
      answered: answered[0],
      answerable: answered[1],
      deadlineMet: deadline[0],
      deadlineDecided: deadline[1],
      firstResponseOnTarget: firstResponse[0],
      firstResponseDecided: firstResponse[1],
      reopened: reopened[0],
      reopenBase: reopened[1],
      feedback: feedback.length,
      solved: feedback.filter((f) => f.solved).length,
      promptness: stats(feedback.map((f) => f.promptness)),
      quality: stats(feedback.map((f) => f.quality)),
      attentiveness: stats(feedback.map((f) => f.attentiveness)),
      distinctVoters: perVoter.size,
      voterCountSquares: [...perVoter.values()].reduce((a, n) => a + n * n, 0),
    });
  });
const region = fc.array(counts, { minLength: 1, maxLength: 8 }).map((makers) => makers.map((make, i) => make(`d${i}`)));
const EPSILON = 1e-9;

describe('properties', () => {
  // Each figure outside its bounds, named; one expect per region keeps 100 regions in milliseconds.
  const outOfBounds = (s: DeputyScore): string[] => {
    const within = (low: number, value: number, high: number) => low - EPSILON <= value && value <= high + EPSILON;
    const rates = {
      answeredShare: s.answeredShare,
      deadlineCompliance: s.deadlineCompliance,
      firstResponseOnTarget: s.firstResponseOnTarget,
      resolutionRate: s.resolutionRate,
      reopenRate: s.reopenRate,
    };
    const means = { promptness: s.promptness, quality: s.quality, attentiveness: s.attentiveness };
    return [
      ...(within(0, s.score, 100) && Math.round(10 * unroundedScore(s)) / 10 === s.score ? [] : ['score']),
      ...Object.entries(rates)
        .filter(
          ([, r]) =>
            !within(0, r.shrunk, 1) ||
            (r.rate === null
              ? r.interval !== null
              : !(r.interval && 0 <= r.interval.low && within(r.interval.low, r.rate, r.interval.high) && r.interval.high <= 1)),
        )
        .map(([name]) => name),
      ...Object.entries(means)
        .filter(([, m]) => !(1 <= m.interval.low && within(m.interval.low, m.shrunk, m.interval.high) && m.interval.high <= 5))
        .map(([name]) => name),
      ...s.components.filter((c) => !within(0, c.value, 1)).map((c) => c.key),
    ].map((figure) => `${s.deputyId}.${figure}`);
  };

  it('scores stay in 0..100, intervals in their bounds, each around its figure', () => {
    fc.assert(fc.property(region, (deputies) => expect(rateDeputies(deputies).flatMap(outOfBounds)).toEqual([])));
  });

  it('orders the ranked by competition rank, then the unranked by score', () => {
    const descending = (scores: readonly DeputyScore[]) => scores.every((s, i) => i === 0 || s.score <= scores[i - 1].score);
    fc.assert(
      fc.property(region, (deputies) => {
        const ranking = rateDeputies(deputies);
        const ranked = ranking.filter((s) => s.ranked);
        const unranked = ranking.filter((s) => !s.ranked);
        expect(ranking.map((s) => s.ranked)).toEqual([...ranked.map(() => true), ...unranked.map(() => false)]);
        expect(ranked.map((s) => s.rank)).toEqual(ranked.map((s) => 1 + ranked.filter((o) => o.score > s.score).length));
        expect(unranked.map((s) => s.rank)).toEqual(unranked.map(() => null));
        expect([descending(ranked), descending(unranked)]).toEqual([true, true]);
      }),
    );
  });

  it("one more 5/5/5 feedback saying solved never lowers that deputy's score", () => {
    fc.assert(
      fc.property(region, fc.nat(), (deputies, pick) => {
        const target = deputies[pick % deputies.length];
        const plus5 = (s: SumStats): SumStats => ({ n: s.n + 1, sum: s.sum + 5, sumSquares: s.sumSquares + 25 });
        const better: DeputyCounts = {
          ...target,
          feedback: target.feedback + 1,
          solved: target.solved + 1,
          promptness: plus5(target.promptness),
          quality: plus5(target.quality),
          attentiveness: plus5(target.attentiveness),
          distinctVoters: target.distinctVoters + 1,
          voterCountSquares: target.voterCountSquares + 1,
        };
        const scoreOf = (ds: readonly DeputyCounts[]) => unroundedScore(rateDeputies(ds).find((s) => s.deputyId === target.deputyId)!);
        const before = scoreOf(deputies);
        const after = scoreOf(deputies.map((d) => (d === target ? better : d)));
        expect(after).toBeGreaterThanOrEqual(before - EPSILON);
      }),
    );
  });

  it('more cases at the same rate narrow the Wilson interval', () => {
    fc.assert(
      fc.property(
        rate.filter(([, n]) => n > 0),
        fc.integer({ min: 2, max: 50 }),
        ([s, n], k) => {
          const width = (i: ReturnType<typeof wilsonInterval>) => i!.high - i!.low;
          expect(width(wilsonInterval(s * k, n * k))).toBeLessThan(width(wilsonInterval(s, n)));
        },
      ),
    );
  });

  it('more ratings around the same mean, against the same regional prior, narrow the interval', () => {
    // The prior mean equals the sample's, so the shrunk mean stays put: near the edge of the scale, a mean
    // moving away from 1 or 5 may un-clamp its interval, which is no loss of precision.
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 2, max: 20 }),
        fc.double({ min: 0.05, max: 4, noNaN: true }),
        (scores, k, variance) => {
          const few = stats(scores);
          const many = stats(Array.from({ length: k }, () => scores).flat());
          const prior = { mean: few.sum / few.n, variance };
          const width = (s: SumStats) => meanFigure(s, prior).interval.high - meanFigure(s, prior).interval.low;
          expect(width(many)).toBeLessThan(width(few));
        },
      ),
    );
  });
});
