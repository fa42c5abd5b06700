import { DomainError } from '@app/platform/errors/domain-error';
import { inReportSession } from '@app/platform/database/report-session';
import { parseLocalDate } from '@app/platform/dates/local-date';
import type { DataSource, EntityManager } from 'typeorm';
import { firstResponseHoursSql, latestVerdictsSql, medianFirstResponseHoursSql } from '@app/appeals/contract';
import { MIN_DISTINCT_VOTERS, type RawCell, type Suppressed, suppress } from './suppression';

export const GROUP_BY = ['CATEGORY', 'TERRITORY', 'NATIONAL_PROJECT', 'DAY', 'WEEK', 'MONTH'] as const;
export type GroupBy = (typeof GROUP_BY)[number];
const TIME_GROUPS: ReadonlySet<GroupBy | 'REGION'> = new Set(['DAY', 'WEEK', 'MONTH']);

/**
 * The figures of one cell: the appeals submitted in the cell's period (and dimension value), as they stood
 * at the end of the requested range. Every figure is about those appeals only, so the cell's distinct authors
 * are exactly the people it is built from (docs/analytics.md).
 */
export type AnalyticsFigures = Readonly<{
  submitted: number;
  /** Of them, answered. */
  answered: number;
  /** Of them, the voter's latest verdict said the problem was solved; null when fewer than k voters gave one. */
  resolved: number | null;
  /** Of them, an answer deadline was missed. */
  overdue: number;
  /** Of them, still open (not answered, rejected, withdrawn or forwarded to an authority). */
  backlog: number;
  /**
   * Median hours from submission to the first response (one decimal), an appeal still waiting counting as infinitely long: null when
   * fewer than half had one, or fewer than k voters had one.
   */
  medianResponseHours: number | null;
  /** Mean of the voters' scores (1–5, the mean of promptness, quality and attentiveness); null when fewer than k gave one. */
  satisfaction: number | null;
  feedback: number;
}>;

export type AnalyticsCell = Suppressed<AnalyticsFigures> & Readonly<{ key: string; nameRu: string | null; nameEn: string | null }>;
export type AnalyticsTable = Readonly<{
  from: string;
  to: string;
  groupBy: GroupBy | 'REGION';
  k: number;
  cells: AnalyticsCell[];
  total: Suppressed<AnalyticsFigures>;
}>;

const MAX_DAYS = 3 * 366;

const KEY: Readonly<Record<GroupBy | 'REGION', string>> = {
  CATEGORY: 'coalesce(c.topic_id, f.category_id)',
  TERRITORY: 'f.territory_id',
  NATIONAL_PROJECT: `coalesce(c.national_project_id, '-')`,
  REGION: 'f.region_code',
  DAY: `to_char(date_trunc('day', f.submitted_at at time zone b.tz), 'YYYY-MM-DD')`,
  WEEK: `to_char(date_trunc('week', f.submitted_at at time zone b.tz), 'YYYY-MM-DD')`,
  MONTH: `to_char(date_trunc('month', f.submitted_at at time zone b.tz), 'YYYY-MM-DD')`,
};

// Dimension names, for the cells of the non-time groupings ('-' is "no national project").
const NAMES: Readonly<Partial<Record<GroupBy | 'REGION', string>>> = {
  CATEGORY: `select id as key, name_ru, name_en from registry_categories where parent_id is null`,
  TERRITORY: `select id as key, name_ru, name_en from registry_territories where region_code = any($1)`,
  NATIONAL_PROJECT: `select id as key, name_ru, name_en from registry_national_projects union all select '-', 'Вне национальных проектов', 'No national project'`,
  REGION: `select code as key, name_ru, name_en from registry_regions where code = any($1)`,
};

/** An appeal's first response as of the end of the range (docs/ratings.md, "One definition for every screen"). */
const RESPONSE_HOURS = firstResponseHoursSql({
  since: 'f.submitted_at',
  respondedAt: 'f.first_response_at',
  responded: 'f.first_response_at < b.hi',
  // rejected or withdrawn by then without a response: left out (an answer or a forward is a response)
  waiting: 'coalesce(f.settled_at >= b.hi, true)',
});

/** The latest verdict on each appeal given by the end of the range (feedback on a cohort's appeal comes after the range began). */
const LATEST_VERDICTS = latestVerdictsSql({
  from: 'bounds b join analytics_feedback v on v.region_code = b.code',
  alias: 'v',
  per: ['v.appeal_id'],
  given: 'v.submitted_at >= b.lo and v.submitted_at < b.hi',
});

type Row = {
  key: string | null;
  submitted: number;
  answered: number;
  resolved: number;
  overdue: number;
  backlog: number;
  feedback: number;
  median: number | null;
  satisfaction: number | null;
  voters: number;
  /** Distinct voters who gave a verdict, and who had a first response. */
  raters: number;
  responders: number;
  smallVoters: string[] | null;
};

/**
 * Regional analytics: the appeals submitted in a date range (whole days in each region's own time zone, both
 * ends included) in some regions, aggregated by one dimension as they stood at the end of the range, with
 * small cells suppressed (see `suppress`). Reads the analytics facts and the registry only.
 */
export class AnalyticsQueries {
  constructor(private readonly db: DataSource) {}

  /** Every region code of the registry. */
  async regionCodes(): Promise<string[]> {
    const rows: Array<{ code: string }> = await this.db.query('select code from registry_regions order by code');
    return rows.map((row) => row.code);
  }

  async table(regionCodes: readonly string[], from: string, to: string, groupBy: GroupBy | 'REGION'): Promise<AnalyticsTable> {
    checkRange(from, to, groupBy);
    return inReportSession(this.db, (db) => this.build(db, regionCodes, from, to, groupBy));
  }

  private async build(
    db: EntityManager,
    regionCodes: readonly string[],
    from: string,
    to: string,
    groupBy: GroupBy | 'REGION',
  ): Promise<AnalyticsTable> {
    if (groupBy !== 'REGION') {
      const [known]: Array<{ n: number }> = await db.query('select count(*)::int as n from registry_regions where code = any($1)', [
        regionCodes,
      ]);
      if (known.n < regionCodes.length)
        throw new DomainError('NOT_FOUND', `No region with code "${regionCodes.join(', ')}"`, { field: 'regionCode' });
    }
    const key = KEY[groupBy];
    // Bounds are materialised so that the time-zone arithmetic runs once, not once per appeal. The counts hash in
    // one pass (cells and total); distinct voters come from the distinct (cell, voter) pairs; medians sort apart.
    const rows: Row[] = await db.query(
      `with bounds as materialized (
         select code, time_zone as tz,
                ($2::date::timestamp at time zone time_zone) as lo,
                (($3::date + 1)::timestamp at time zone time_zone) as hi
           from registry_regions where code = any($1)
       ), categories as materialized (
         select id, coalesce(parent_id, id) as topic_id, national_project_id from registry_categories
       ), verdicts as materialized (
         -- the voter's latest verdict by the end of the range; given after the range began, as a cohort's appeals were submitted in it
         ${LATEST_VERDICTS}
       ), facts as materialized (
         select ${key} as key, f.subject_id,
                coalesce(f.answered_at < b.hi, false) as answered,
                coalesce(f.overdue_at < b.hi, false) as overdue,
                coalesce(f.settled_at >= b.hi, true) as open,
                coalesce(f.first_response_at < b.hi, false) as responded,
                ${RESPONSE_HOURS} as response_hours,
                v.solved, v.satisfaction, v.appeal_id is not null as rated
           from bounds b join analytics_appeals f on f.region_code = b.code and f.submitted_at >= b.lo and f.submitted_at < b.hi
           left join categories c on c.id = f.category_id
           left join verdicts v on v.appeal_id = f.appeal_id
       ), counts as (
         select key, count(*)::int as submitted, count(*) filter (where answered)::int as answered,
                count(*) filter (where solved = 'YES')::int as resolved, count(*) filter (where overdue)::int as overdue,
                count(*) filter (where open)::int as backlog, count(*) filter (where rated)::int as feedback,
                avg(satisfaction) as satisfaction
           from facts group by grouping sets ((key), ())
       ), pairs as (
         select key, subject_id, bool_or(rated) as rated, bool_or(responded) as responded
           from facts group by key, subject_id
       ), cell_voters as (
         select key, count(*)::int as voters, count(*) filter (where rated)::int as raters, count(*) filter (where responded)::int as responders
           from pairs group by key
       ), voters as (
         select key, voters, raters, responders from cell_voters
         union all
         -- the total comes from at least as many people as its largest cell; counted exactly only when that is below k
         select null,
                case when max(voters) >= ${MIN_DISTINCT_VOTERS} then max(voters) else (select count(distinct subject_id)::int from pairs) end,
                case when max(raters) >= ${MIN_DISTINCT_VOTERS} then max(raters) else (select count(distinct subject_id)::int from pairs where rated) end,
                case when max(responders) >= ${MIN_DISTINCT_VOTERS} then max(responders) else (select count(distinct subject_id)::int from pairs where responded) end
           from cell_voters
       ), small as (
         -- who the voters of a small cell are, to tell whether small cells hidden together still come from few people
         select key, array_agg(subject_id) as "smallVoters" from pairs
          where key in (select key from cell_voters where voters < ${MIN_DISTINCT_VOTERS}) group by key
       ), medians as (
         select key, ${medianFirstResponseHoursSql('response_hours')} as median
           from facts where response_hours is not null group by grouping sets ((key), ())
       )
       select c.*, v.voters, v.raters, v.responders, s."smallVoters", m.median
         from counts c
         join voters v on v.key is not distinct from c.key
         left join small s on s.key = c.key
         left join medians m on m.key is not distinct from c.key`,
      [regionCodes, from, to],
    );
    const totalRow = rows.find((row) => row.key === null) ?? emptyRow(null);
    const byKey = new Map(rows.filter((row) => row.key !== null).map((row) => [row.key!, row]));
    // Time series cover every period of the range (an empty one is an honest zero); other groupings list what has data.
    const keys = TIME_GROUPS.has(groupBy) ? buckets(from, to, groupBy as 'DAY' | 'WEEK' | 'MONTH') : [...byKey.keys()].sort();
    const names = await this.names(db, groupBy, regionCodes);
    const toCell = (row: Row): RawCell<AnalyticsFigures> => ({
      figures: {
        submitted: row.submitted,
        answered: row.answered,
        // A figure of a few people's verdicts or response times would show theirs: withheld below k of them.
        resolved: row.raters >= MIN_DISTINCT_VOTERS ? row.resolved : null,
        overdue: row.overdue,
        backlog: row.backlog,
        medianResponseHours: row.responders >= MIN_DISTINCT_VOTERS ? row.median : null,
        satisfaction: row.raters >= MIN_DISTINCT_VOTERS ? round(row.satisfaction, 2) : null,
        feedback: row.feedback,
      },
      voters: row.voters,
      smallVoters: row.smallVoters,
      size: row.submitted,
    });
    // A region's own total is published by regionalAnalytics: with one region hidden, the overview's total would
    // give it away by subtraction.
    const { cells, total } = suppress(
      keys.map((k) => toCell(byKey.get(k) ?? emptyRow(k))),
      toCell(totalRow),
      { cellsPublishedAlone: groupBy === 'REGION' },
    );
    return {
      from,
      to,
      groupBy,
      k: MIN_DISTINCT_VOTERS,
      cells: cells.map((cell, index) => ({
        ...cell,
        key: keys[index],
        nameRu: names.get(keys[index])?.nameRu ?? null,
        nameEn: names.get(keys[index])?.nameEn ?? null,
      })),
      total,
    };
  }

  private async names(
    db: EntityManager,
    groupBy: GroupBy | 'REGION',
    regionCodes: readonly string[],
  ): Promise<Map<string, { nameRu: string; nameEn: string }>> {
    const sql = NAMES[groupBy];
    if (!sql) return new Map();
    const rows: Array<{ key: string; name_ru: string; name_en: string }> = await db.query(sql, sql.includes('$1') ? [regionCodes] : []);
    return new Map(rows.map((row) => [row.key, { nameRu: row.name_ru, nameEn: row.name_en }]));
  }
}

function checkRange(from: string, to: string, groupBy: GroupBy | 'REGION'): void {
  parseLocalDate(from, 'from');
  parseLocalDate(to, 'to');
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0) throw new DomainError('BAD_USER_INPUT', `from (${from}) must not be after to (${to})`, { field: 'from' });
  if (days >= MAX_DAYS)
    throw new DomainError('BAD_USER_INPUT', `A range may span at most ${MAX_DAYS} days; ${from}..${to} spans ${days + 1}`, { field: 'to' });
  if (!GROUP_BY.includes(groupBy as GroupBy) && groupBy !== 'REGION')
    throw new DomainError('BAD_USER_INPUT', `Unknown groupBy ${groupBy}`, { field: 'groupBy' });
}

/** The keys (first day, YYYY-MM-DD) of the day, ISO week (Monday) or month buckets that overlap the range. */
export function buckets(from: string, to: string, unit: 'DAY' | 'WEEK' | 'MONTH'): string[] {
  const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
  const start = day(from);
  if (unit === 'WEEK') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (unit === 'MONTH') start.setUTCDate(1);
  const end = day(to);
  const keys: string[] = [];
  for (const cursor = start; cursor <= end;) {
    keys.push(cursor.toISOString().slice(0, 10));
    if (unit === 'DAY') cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (unit === 'WEEK') cursor.setUTCDate(cursor.getUTCDate() + 7);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return keys;
}

const emptyRow = (key: string | null): Row => ({
  key,
  submitted: 0,
  answered: 0,
  resolved: 0,
  overdue: 0,
  backlog: 0,
  feedback: 0,
  median: null,
  satisfaction: null,
  voters: 0,
  raters: 0,
  responders: 0,
  smallVoters: null,
});
const round = (value: number | null, digits = 1): number | null => (value === null ? null : Number(value.toFixed(digits)));
