/**
 * Deputy effectiveness ratings: pure formulas over counts that SQL computes as of a date.
 * The method, its weights and the reasons for them are in docs/ratings.md; change both together.
 */

export type SumStats = Readonly<{ n: number; sum: number; sumSquares: number }>;

/** Sufficient statistics of one deputy in one region as of a date, computed by SQL elsewhere. */
export type DeputyCounts = Readonly<{
  deputyId: string;
  received: number; // cases (appeal assignments to this deputy) received by asOf
  answerable: number; // denominator of the answered share
  answered: number; // of those, answered by this deputy by asOf
  deadlineDecided: number; // cases whose 30-day deadline is decided (answered, or marked overdue) by asOf
  deadlineMet: number; // answered on or before the due date in force at the answer
  firstResponseDecided: number; // cases with a first-response target whose outcome is decided
  firstResponseOnTarget: number; // first response (acknowledge, clarification request or answer) within the target
  medianFirstResponseHours: number | null; // null: fewer than half of the received cases got a first response
  reopenBase: number; // answered cases
  reopened: number; // of those, reopened by the voter
  feedback: number; // cases with feedback (the voter's latest verdict per case)
  solved: number; // of those, the voter said the problem was solved ("YES")
  promptness: SumStats; // of individual 1..5 scores, over the same latest-per-case feedback
  quality: SumStats;
  attentiveness: SumStats;
  distinctVoters: number; // distinct voters among that feedback
  voterCountSquares: number; // Σ over voters of (feedback items from that voter)², for the effective number of voters
}>;

const NO_STATS: SumStats = { n: 0, sum: 0, sumSquares: 0 };

/** The counts of a deputy with no case and no feedback in the window: rated on the region's prior alone. */
export function noCounts(deputyId: string): DeputyCounts {
  return {
    deputyId,
    received: 0,
    answerable: 0,
    answered: 0,
    deadlineDecided: 0,
    deadlineMet: 0,
    firstResponseDecided: 0,
    firstResponseOnTarget: 0,
    medianFirstResponseHours: null,
    reopenBase: 0,
    reopened: 0,
    feedback: 0,
    solved: 0,
    promptness: NO_STATS,
    quality: NO_STATS,
    attentiveness: NO_STATS,
    distinctVoters: 0,
    voterCountSquares: 0,
  };
}

// The order in which components are listed in a DeputyScore.
export const COMPONENT_KEYS = ['ANSWERED', 'DEADLINE', 'FIRST_RESPONSE', 'RESOLUTION', 'NOT_REOPENED', 'SATISFACTION'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];

export type RatingMethod = Readonly<{
  minimumAnswered: number; // below it a deputy is shown but not ranked
  ratePriorWeight: number; // pseudo-cases at the regional rate
  scorePriorWeight: number; // pseudo-ratings at the regional mean
  z: number; // of the two-sided interval
  fewVotersThreshold: number; // flag when the effective number of voters is below it
  weights: Readonly<Record<ComponentKey, number>>; // sum to 1
}>;

/** The published method. Outcomes voters feel weigh most; reopen and first response are weaker evidence. */
export const RATING_METHOD: RatingMethod = {
  minimumAnswered: 10,
  ratePriorWeight: 10,
  scorePriorWeight: 10,
  z: 1.959963984540054,
  fewVotersThreshold: 5,
  weights: { ANSWERED: 0.2, DEADLINE: 0.2, FIRST_RESPONSE: 0.1, RESOLUTION: 0.2, NOT_REOPENED: 0.05, SATISFACTION: 0.25 },
};

export type Interval = Readonly<{ low: number; high: number }>;
export type RateFigure = Readonly<{ successes: number; total: number; rate: number | null; interval: Interval | null; shrunk: number }>;
export type MeanFigure = Readonly<{ count: number; mean: number | null; shrunk: number; interval: Interval }>;
/** value in 0..1 is what enters the score; points = 100 · weight · value. */
export type ScoreComponent = Readonly<{ key: ComponentKey; weight: number; value: number; points: number }>;
export type RatingFlag = 'BELOW_MINIMUM_SAMPLE' | 'FEW_DISTINCT_VOTERS' | 'NO_FEEDBACK';
export type DeputyScore = Readonly<{
  deputyId: string;
  ranked: boolean;
  rank: number | null; // competition ranking ("1224") among ranked deputies; null when not ranked
  score: number; // 0..100, rounded to 1 decimal; computed for everyone (provisional when not ranked)
  answeredShare: RateFigure;
  deadlineCompliance: RateFigure;
  firstResponseOnTarget: RateFigure;
  resolutionRate: RateFigure;
  reopenRate: RateFigure;
  promptness: MeanFigure;
  quality: MeanFigure;
  attentiveness: MeanFigure;
  effectiveVoters: number;
  flags: readonly RatingFlag[];
  components: readonly ScoreComponent[]; // in the order of ComponentKey; Σ points = score before rounding
}>;

type RateKey = 'ANSWERED' | 'DEADLINE' | 'FIRST_RESPONSE' | 'RESOLUTION' | 'REOPENED';
type ScoreKey = 'promptness' | 'quality' | 'attentiveness';
export type ScorePrior = Readonly<{ mean: number; variance: number }>;
export type RegionalPrior = Readonly<{ rates: Readonly<Record<RateKey, number>>; means: Readonly<Record<ScoreKey, ScorePrior>> }>;

// Successes and total of each rate, the one place that says which counts form which rate.
const RATES: Readonly<Record<RateKey, (d: DeputyCounts) => readonly [successes: number, total: number]>> = {
  ANSWERED: (d) => [d.answered, d.answerable],
  DEADLINE: (d) => [d.deadlineMet, d.deadlineDecided],
  FIRST_RESPONSE: (d) => [d.firstResponseOnTarget, d.firstResponseDecided],
  RESOLUTION: (d) => [d.solved, d.feedback],
  REOPENED: (d) => [d.reopened, d.reopenBase],
};

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/** Wilson score interval of a proportion: sensible at 0/n and n/n, where the normal interval collapses. Null when total = 0. */
export function wilsonInterval(successes: number, total: number, z: number = RATING_METHOD.z): Interval | null {
  // Inconsistent counts from SQL would otherwise surface as NaN scores.
  if (!(successes >= 0 && successes <= total)) throw new RangeError(`Rate out of range: ${successes} of ${total}`);
  if (total === 0) return null;
  const z2 = z * z;
  const centre = (successes + z2 / 2) / (total + z2);
  const half = (z * Math.sqrt((successes * (total - successes)) / total + z2 / 4)) / (total + z2);
  return { low: clamp(centre - half, 0, 1), high: clamp(centre + half, 0, 1) };
}

/** (s + m·p0)/(n + m): the rate with m pseudo-cases at the regional rate, so small samples stay near the region. */
export function shrinkRate(successes: number, total: number, priorRate: number, priorWeight: number): number {
  return total + priorWeight === 0 ? priorRate : (successes + priorWeight * priorRate) / (total + priorWeight);
}

/** Feedback² / Σ n_v² (inverse Simpson): how many equally active voters the feedback is worth; 0 without feedback. */
export function effectiveVoters(feedback: number, voterCountSquares: number): number {
  return feedback === 0 ? 0 : (feedback * feedback) / voterCountSquares;
}

function pooledRate(deputies: readonly DeputyCounts[], of: (d: DeputyCounts) => readonly [number, number]): number {
  const counts = deputies.map(of);
  const total = sum(counts.map(([, n]) => n));
  return total === 0 ? 0.5 : sum(counts.map(([s]) => s)) / total;
}

function pooledScores(stats: readonly SumStats[]): ScorePrior {
  const n = sum(stats.map((s) => s.n));
  if (n === 0) return { mean: 3, variance: 1 };
  const mean = sum(stats.map((s) => s.sum)) / n;
  const variance = sum(stats.map((s) => s.sumSquares)) / n - mean * mean;
  // One rating, or identical ones, give 0, which would make every interval a point.
  return { mean, variance: variance > 0 ? variance : 1 };
}

/** The region's pooled rates and score distributions, over every deputy passed in, ranked or not. */
export function regionalPrior(deputies: readonly DeputyCounts[]): RegionalPrior {
  return {
    rates: {
      ANSWERED: pooledRate(deputies, RATES.ANSWERED),
      DEADLINE: pooledRate(deputies, RATES.DEADLINE),
      FIRST_RESPONSE: pooledRate(deputies, RATES.FIRST_RESPONSE),
      RESOLUTION: pooledRate(deputies, RATES.RESOLUTION),
      REOPENED: pooledRate(deputies, RATES.REOPENED),
    },
    means: {
      promptness: pooledScores(deputies.map((d) => d.promptness)),
      quality: pooledScores(deputies.map((d) => d.quality)),
      attentiveness: pooledScores(deputies.map((d) => d.attentiveness)),
    },
  };
}

function rateFigure([successes, total]: readonly [number, number], priorRate: number, method: RatingMethod): RateFigure {
  return {
    successes,
    total,
    rate: total === 0 ? null : successes / total,
    interval: wilsonInterval(successes, total, method.z),
    shrunk: shrinkRate(successes, total, priorRate, method.ratePriorWeight),
  };
}

/**
 * Posterior mean and 95% interval of a normal model with known variance σ² and prior N(μ, σ²/m):
 * the prior weighs as m pseudo-ratings at the regional mean. The interval is clamped to the 1..5 scale.
 */
export function meanFigure(stats: SumStats, prior: ScorePrior, method: RatingMethod = RATING_METHOD): MeanFigure {
  const m = method.scorePriorWeight;
  const shrunk = (stats.sum + m * prior.mean) / (stats.n + m);
  const half = method.z * Math.sqrt(prior.variance / (stats.n + m));
  return {
    count: stats.n,
    mean: stats.n === 0 ? null : stats.sum / stats.n,
    shrunk,
    interval: { low: clamp(shrunk - half, 1, 5), high: clamp(shrunk + half, 1, 5) },
  };
}

function scoreDeputy(d: DeputyCounts, prior: RegionalPrior, method: RatingMethod): DeputyScore {
  const rate = (key: RateKey) => rateFigure(RATES[key](d), prior.rates[key], method);
  const mean = (key: ScoreKey) => meanFigure(d[key], prior.means[key], method);
  const figures = {
    answeredShare: rate('ANSWERED'),
    deadlineCompliance: rate('DEADLINE'),
    firstResponseOnTarget: rate('FIRST_RESPONSE'),
    resolutionRate: rate('RESOLUTION'),
    reopenRate: rate('REOPENED'),
    promptness: mean('promptness'),
    quality: mean('quality'),
    attentiveness: mean('attentiveness'),
  };
  const satisfaction = (figures.promptness.shrunk + figures.quality.shrunk + figures.attentiveness.shrunk) / 3;
  const values: Record<ComponentKey, number> = {
    ANSWERED: figures.answeredShare.shrunk,
    DEADLINE: figures.deadlineCompliance.shrunk,
    FIRST_RESPONSE: figures.firstResponseOnTarget.shrunk,
    RESOLUTION: figures.resolutionRate.shrunk,
    NOT_REOPENED: 1 - figures.reopenRate.shrunk,
    SATISFACTION: (satisfaction - 1) / 4,
  };
  const components = COMPONENT_KEYS.map((key) => {
    const weight = method.weights[key];
    return { key, weight, value: values[key], points: 100 * weight * values[key] };
  });
  const ranked = d.answered >= method.minimumAnswered;
  const voters = effectiveVoters(d.feedback, d.voterCountSquares);
  const flags: RatingFlag[] = [];
  if (!ranked) flags.push('BELOW_MINIMUM_SAMPLE');
  if (d.feedback > 0 && voters < method.fewVotersThreshold) flags.push('FEW_DISTINCT_VOTERS');
  if (d.feedback === 0) flags.push('NO_FEEDBACK');
  return {
    deputyId: d.deputyId,
    ranked,
    rank: null,
    score: Math.round(10 * sum(components.map((c) => c.points))) / 10,
    ...figures,
    effectiveVoters: voters,
    flags,
    components,
  };
}

const byScoreThenId = (a: DeputyScore, b: DeputyScore): number =>
  b.score - a.score || (a.deputyId < b.deputyId ? -1 : a.deputyId > b.deputyId ? 1 : 0);

/**
 * Scores and ranks the deputies of one region against its own prior. Returns the ranked deputies by rank
 * (competition ranking "1224" on the rounded score, ties by deputyId), then the unranked by score.
 */
export function rateDeputies(deputies: readonly DeputyCounts[], method: RatingMethod = RATING_METHOD): DeputyScore[] {
  const prior = regionalPrior(deputies);
  const scores = deputies.map((d) => scoreDeputy(d, prior, method)).sort(byScoreThenId);
  const ranked = scores.filter((s) => s.ranked);
  return [
    ...ranked.map((s) => ({ ...s, rank: 1 + ranked.findIndex((other) => other.score === s.score) })),
    ...scores.filter((s) => !s.ranked),
  ];
}
