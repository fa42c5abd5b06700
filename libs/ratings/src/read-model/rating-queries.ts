import { DomainError } from '@app/platform/errors/domain-error';
import { inReportSession } from '@app/platform/database/report-session';
import type { DataSource, EntityManager } from 'typeorm';
import { type DeputyCounts, type DeputyScore, RATING_METHOD, type RatingMethod, rateDeputies } from '../formulas/rating-formulas';
import { LRUCache } from 'lru-cache';
import { deputyCountsAsOf } from './rating-counts';
import { LATE_FACT_MS } from './ratings.projection';

/**
 * Counts of an instant this far back are kept. Far more than LATE_FACT_MS, so that a fact the projector did not
 * count as late (folded within minutes of its time, committed a little later, clocks a little apart) is in
 * the read model before its date is cached.
 */
const CACHE_AFTER_MS = 12 * LATE_FACT_MS;

/** One deputy's rating with what the screens show beside the score. */
export type DeputyRating = DeputyScore &
  Readonly<{ fullName: string; regionCode: string; received: number; answered: number; feedback: number; distinctVoters: number; medianFirstResponseHours: number | null }>;

export type RegionRatings = Readonly<{ regionCode: string; asOf: string; method: RatingMethod; deputies: DeputyRating[] }>;
export type TrendPoint = Readonly<{ month: string; asOf: string; score: number; ranked: boolean; rank: number | null; answered: number }>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TREND_MONTHS = 12;

/**
 * Deputy ratings as of a date: the end of that day in the region's time zone (or now, for today or no
 * date). Reads the ratings' facts and the registry only; the formulas are `rateDeputies`.
 */
export class RatingQueries {
  /**
   * Counts of past dates, which no longer change: a region's trend costs one computation, not thirteen. Keyed
   * by the read model's generation, which the projection bumps when facts dated in the past arrive.
   */
  private readonly settled = new LRUCache<string, DeputyCounts[]>({ max: 1024 });

  constructor(
    private readonly db: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Every deputy of the region: ranked ones by rank, then those below the minimum sample by score. */
  regionRatings(regionCode: string, asOf?: string | null): Promise<RegionRatings> {
    return inReportSession(this.db, async (db) => {
      const region = await this.region(db, regionCode);
      const at = await this.instant(db, region.timeZone, asOf);
      return { regionCode, asOf: at.date, method: RATING_METHOD, deputies: await this.rate(db, regionCode, at.instant) };
    });
  }

  /** One deputy's rating with the monthly trend: the score at the end of each of the last 12 months. */
  deputyRating(deputyId: string, asOf?: string | null): Promise<{ rating: DeputyRating; asOf: string; method: RatingMethod; trend: TrendPoint[] }> {
    return inReportSession(this.db, async (db) => {
      const regionCode = await this.regionOfDeputy(deputyId, db);
      const region = await this.region(db, regionCode);
      const at = await this.instant(db, region.timeZone, asOf);
      const rating = (await this.rate(db, regionCode, at.instant)).find((row) => row.deputyId === deputyId)!;
      const trend: TrendPoint[] = [];
      for (const month of monthEnds(at.date, TREND_MONTHS)) {
        // The last point is the rating itself; the months before it are past dates, mostly kept.
        const point = month === at.date ? at : await this.instant(db, region.timeZone, month);
        const row = month === at.date ? rating : (await this.rate(db, regionCode, point.instant)).find((candidate) => candidate.deputyId === deputyId)!;
        trend.push({ month: month.slice(0, 7), asOf: point.date, score: row.score, ranked: row.ranked, rank: row.rank, answered: row.answered });
      }
      return { rating, asOf: at.date, method: RATING_METHOD, trend };
    });
  }

  /** The region a deputy belongs to, or NOT_FOUND. */
  async regionOfDeputy(deputyId: string, db: DataSource | EntityManager = this.db): Promise<string> {
    const [deputy]: Array<{ regionCode: string }> = await db.query('select region_code as "regionCode" from registry_deputies where deputy_id = $1', [deputyId]);
    if (!deputy) throw new DomainError('NOT_FOUND', `No deputy ${deputyId}`);
    return deputy.regionCode;
  }

  private async counts(db: EntityManager, regionCode: string, instant: Date): Promise<DeputyCounts[]> {
    if (this.now().getTime() - instant.getTime() <= CACHE_AFTER_MS) return deputyCountsAsOf(db, regionCode, instant);
    const [{ generation }]: Array<{ generation: string }> = await db.query('select generation from rating_generation');
    const key = `${generation}|${regionCode}|${instant.toISOString()}`;
    const cached = this.settled.get(key);
    if (cached) return cached;
    const counts = await deputyCountsAsOf(db, regionCode, instant);
    this.settled.set(key, counts);
    return counts;
  }

  /** The region's deputies (the registry's, and any other with a case here) rated as of an instant. */
  private async rate(db: EntityManager, regionCode: string, instant: Date): Promise<DeputyRating[]> {
    const withFacts = await this.counts(db, regionCode, instant);
    const names: Array<{ deputyId: string; fullName: string }> = await db.query(
      'select deputy_id as "deputyId", full_name as "fullName" from registry_deputies where region_code = $1 or deputy_id = any($2)',
      [regionCode, withFacts.map((row) => row.deputyId)],
    );
    const nameOf = new Map(names.map((row) => [row.deputyId, row.fullName]));
    const countsOf = new Map<string, DeputyCounts>(withFacts.map((row) => [row.deputyId, row]));
    // Registered deputies without any case in the window are rated on nothing: shown, never ranked.
    for (const { deputyId } of names) if (!countsOf.has(deputyId)) countsOf.set(deputyId, noCounts(deputyId));
    return rateDeputies([...countsOf.values()]).map((score) => {
      const row = countsOf.get(score.deputyId)!;
      return {
        ...score,
        fullName: nameOf.get(score.deputyId) ?? score.deputyId,
        regionCode,
        received: row.received,
        answered: row.answered,
        feedback: row.feedback,
        distinctVoters: row.distinctVoters,
        medianFirstResponseHours: row.medianFirstResponseHours,
      };
    });
  }

  private async region(db: EntityManager, regionCode: string): Promise<{ timeZone: string }> {
    const [region]: Array<{ timeZone: string }> = await db.query('select time_zone as "timeZone" from registry_regions where code = $1', [regionCode]);
    if (!region) throw new DomainError('NOT_FOUND', `No region with code "${regionCode}"`, { field: 'regionCode' });
    return region;
  }

  /** The instant a date stands for: the end of that day in the region's time zone, never later than now. */
  private async instant(db: EntityManager, timeZone: string, date: string | null | undefined): Promise<{ date: string; instant: Date }> {
    const now = this.now();
    const valid = date === undefined || date === null || (DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date));
    if (!valid) throw new DomainError('BAD_USER_INPUT', `asOf must be a date as YYYY-MM-DD, got "${date}"`, { field: 'asOf' });
    const [row]: Array<{ today: string; end: Date | null }> = await db.query(
      `select to_char(($1::timestamptz at time zone $2)::date, 'YYYY-MM-DD') as today,
              case when $3::date is not null then (($3::date + 1)::timestamp at time zone $2) end as "end"`,
      [now.toISOString(), timeZone, date ?? null],
    );
    if (date === undefined || date === null || date === row.today) return { date: row.today, instant: now };
    if (date > row.today) throw new DomainError('BAD_USER_INPUT', `asOf ${date} is in the future; the latest is today, ${row.today}`, { field: 'asOf' });
    return { date, instant: new Date(row.end!.getTime() - 1) };
  }
}

const noStats = { n: 0, sum: 0, sumSquares: 0 };
const noCounts = (deputyId: string): DeputyCounts => ({
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
  promptness: noStats,
  quality: noStats,
  attentiveness: noStats,
  distinctVoters: 0,
  voterCountSquares: 0,
});

/** The last day of each of the `count` months ending with the month of `date`; the last entry is `date` itself. */
export function monthEnds(date: string, count: number): string[] {
  const [year, month] = date.split('-').map(Number);
  const ends: string[] = [];
  for (let back = count - 1; back >= 1; back -= 1) ends.push(new Date(Date.UTC(year, month - back, 0)).toISOString().slice(0, 10));
  ends.push(date);
  return ends;
}
