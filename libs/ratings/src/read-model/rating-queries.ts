import { DomainError } from '@app/platform/errors/domain-error';
import { inReportSession } from '@app/platform/database/report-session';
import { parseLocalDate } from '@app/platform/dates/local-date';
import type { DataSource, EntityManager } from 'typeorm';
import { type DeputyCounts, type DeputyScore, RATING_METHOD, type RatingMethod, noCounts, rateDeputies } from '../formulas/rating-formulas';
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
  Readonly<{
    fullName: string;
    regionCode: string;
    received: number;
    answered: number;
    feedback: number;
    distinctVoters: number;
    medianFirstResponseHours: number | null;
  }>;

export type RegionRatings = Readonly<{ regionCode: string; asOf: string; method: RatingMethod; deputies: DeputyRating[] }>;
export type TrendPoint = Readonly<{ month: string; asOf: string; score: number; ranked: boolean; rank: number | null; answered: number }>;

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
      const [at] = await this.monthEnds(db, region.timeZone, asOf, 1);
      const [deputies] = await this.rate(db, regionCode, [at.instant]);
      return { regionCode, asOf: at.date, method: RATING_METHOD, deputies };
    });
  }

  /** One deputy's rating with the monthly trend: the score at the end of each of the last 12 months. */
  deputyRating(
    deputyId: string,
    asOf?: string | null,
  ): Promise<{ rating: DeputyRating; asOf: string; method: RatingMethod; trend: TrendPoint[] }> {
    return inReportSession(this.db, async (db) => {
      const { regionCode, timeZone } = await this.deputyRegion(db, deputyId);
      if (timeZone === null) throw noRegion(regionCode);
      // The last point is the rating itself; the months before it are past dates, mostly kept.
      const points = await this.monthEnds(db, timeZone, asOf, TREND_MONTHS);
      const ratings = (
        await this.rate(
          db,
          regionCode,
          points.map((point) => point.instant),
        )
      ).map((deputies) => deputies.find((row) => row.deputyId === deputyId)!);
      const trend = points.map(({ date }, index): TrendPoint => {
        const { score, ranked, rank, answered } = ratings[index];
        return { month: date.slice(0, 7), asOf: date, score, ranked, rank, answered };
      });
      return { rating: ratings[ratings.length - 1], asOf: points[points.length - 1].date, method: RATING_METHOD, trend };
    });
  }

  /** The region a deputy belongs to, or NOT_FOUND. */
  async regionOfDeputy(deputyId: string): Promise<string> {
    return (await this.deputyRegion(this.db, deputyId)).regionCode;
  }

  /** A deputy's region and its time zone (null when the registry has no such region), or NOT_FOUND. */
  private async deputyRegion(db: DataSource | EntityManager, deputyId: string): Promise<{ regionCode: string; timeZone: string | null }> {
    const [deputy]: Array<{ regionCode: string; timeZone: string | null }> = await db.query(
      `select d.region_code as "regionCode", r.time_zone as "timeZone"
         from registry_deputies d left join registry_regions r on r.code = d.region_code where d.deputy_id = $1`,
      [deputyId],
    );
    if (!deputy) throw new DomainError('NOT_FOUND', `No deputy ${deputyId}`);
    return deputy;
  }

  /** The counts as of an instant; those of an instant older than CACHE_AFTER_MS are kept, for the read model's generation. */
  private async counts(db: EntityManager, regionCode: string, instant: Date, generation: () => Promise<string>): Promise<DeputyCounts[]> {
    if (this.now().getTime() - instant.getTime() <= CACHE_AFTER_MS) return deputyCountsAsOf(db, regionCode, instant);
    const key = `${await generation()}|${regionCode}|${instant.toISOString()}`;
    const cached = this.settled.get(key);
    if (cached) return cached;
    const counts = await deputyCountsAsOf(db, regionCode, instant);
    this.settled.set(key, counts);
    return counts;
  }

  /** The region's deputies (the registry's, and any other with a case here) rated as of each instant. */
  private async rate(db: EntityManager, regionCode: string, instants: readonly Date[]): Promise<DeputyRating[][]> {
    // One snapshot (inReportSession): the generation, read once if at all, holds for every instant.
    let generation: Promise<string> | undefined;
    const readGeneration = (): Promise<string> =>
      (generation ??= db
        .query('select generation from rating_generation')
        .then((rows: Array<{ generation: string }>) => rows[0].generation));
    const counts: DeputyCounts[][] = [];
    for (const instant of instants) counts.push(await this.counts(db, regionCode, instant, readGeneration));
    const names: Array<{ deputyId: string; fullName: string; registeredHere: boolean }> = await db.query(
      'select deputy_id as "deputyId", full_name as "fullName", region_code = $1 as "registeredHere" from registry_deputies where region_code = $1 or deputy_id = any($2)',
      [regionCode, [...new Set(counts.flat().map((row) => row.deputyId))]],
    );
    const nameOf = new Map(names.map((row) => [row.deputyId, row.fullName]));
    return counts.map((withFacts) => {
      const countsOf = new Map<string, DeputyCounts>(withFacts.map((row) => [row.deputyId, row]));
      // Registered deputies without any case in the window are rated on nothing: shown, never ranked.
      for (const { deputyId, registeredHere } of names)
        if (registeredHere && !countsOf.has(deputyId)) countsOf.set(deputyId, noCounts(deputyId));
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
    });
  }

  private async region(db: EntityManager, regionCode: string): Promise<{ timeZone: string }> {
    const [region]: Array<{ timeZone: string }> = await db.query('select time_zone as "timeZone" from registry_regions where code = $1', [
      regionCode,
    ]);
    if (!region) throw noRegion(regionCode);
    return region;
  }

  /**
   * The dates and instants of the last `count` months up to a date (today when none): the last day of each month
   * before, then the date itself. A date stands for the end of that day in the region's time zone, today for now.
   */
  private async monthEnds(
    db: EntityManager,
    timeZone: string,
    date: string | null | undefined,
    count: number,
  ): Promise<Array<{ date: string; instant: Date }>> {
    const now = this.now();
    const asOf = date === undefined || date === null ? null : parseLocalDate(date, 'asOf');
    const rows: Array<{ today: string; date: string; end: Date }> = await db.query(
      `with days as (select ($1::timestamptz at time zone $2)::date as today, coalesce($3::date, ($1::timestamptz at time zone $2)::date) as as_of),
       points as (
         select today, back, case when back = 0 then as_of
                                  else (date_trunc('month', as_of::timestamp) - make_interval(months => back - 1))::date - 1 end as point
           from days, generate_series($4::int - 1, 0, -1) as back
       )
       select to_char(today, 'YYYY-MM-DD') as today, to_char(point, 'YYYY-MM-DD') as date, ((point + 1)::timestamp at time zone $2) as "end"
         from points order by back desc`,
      [now.toISOString(), timeZone, asOf, count],
    );
    const today = rows[0].today;
    if (asOf !== null && asOf > today)
      throw new DomainError('BAD_USER_INPUT', `asOf ${asOf} is in the future; the latest is today, ${today}`, { field: 'asOf' });
    return rows.map((row) =>
      row.date === today ? { date: today, instant: now } : { date: row.date, instant: new Date(row.end.getTime() - 1) },
    );
  }
}

const noRegion = (regionCode: string): DomainError =>
  new DomainError('NOT_FOUND', `No region with code "${regionCode}"`, { field: 'regionCode' });
