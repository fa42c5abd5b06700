import type { Client } from 'pg';
import type { DataSet } from './seed';

/** The tables the bench fills, for VACUUM ANALYZE and the report. */
export const SEEDED_TABLES = [
  'registry_deputies',
  'rating_appeals',
  'rating_cases',
  'rating_deadlines',
  'rating_feedback',
  'analytics_appeals',
  'analytics_feedback',
] as const;

/** Rows in each seeded table. */
export async function rowCounts(client: Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of SEEDED_TABLES)
    counts[table] = Number((await client.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0].n);
  return counts;
}

export async function sizes(client: Client): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of SEEDED_TABLES) {
    const { rows } = await client.query<{ bytes: string }>('select pg_total_relation_size($1::regclass) as bytes', [table]);
    result[table] = Math.round((Number(rows[0].bytes) / 2 ** 20) * 10) / 10;
  }
  return result;
}

/** What the seeded year looks like, to check it against the plan. */
export async function facts(client: Client, region: string, now: string): Promise<DataSet['facts']> {
  const [appeals] = (
    await client.query<{ appeals: number; voters: number; open: number }>(
      `select count(*)::int as appeals, count(distinct subject_id)::int as voters, count(*) filter (where settled_at is null)::int as open
       from analytics_appeals where region_code = $1`,
      [region],
    )
  ).rows;
  const [cases] = (
    await client.query<{ reassigned: number; answered_share: number; overdue: number; reopened: number; feedback_share: number }>(
      `select count(*) filter (where case_no = 2)::int as reassigned,
            round((count(*) filter (where answered_at is not null))::numeric / count(*) filter (where end_reason is distinct from 'TRANSFERRED'), 3)::float8 as answered_share,
            count(*) filter (where overdue_at is not null)::int as overdue,
            count(*) filter (where reopened_at is not null)::int as reopened,
            round((select count(distinct appeal_id) from rating_feedback where region_code = $1)::numeric / nullif(count(*) filter (where answered_at is not null), 0), 3)::float8 as feedback_share
       from rating_cases where region_code = $1`,
      [region],
    )
  ).rows;
  const [deputies] = (
    await client.query<{ busiest: number; median: number; below: number }>(
      `select max(received)::int as busiest, percentile_disc(0.5) within group (order by received)::int as median,
            count(*) filter (where answered < 10)::int as below
       from (select d.deputy_id, count(c.appeal_id) as received, count(c.answered_at) filter (where c.answered_at > $2::timestamptz - interval '12 months') as answered
               from registry_deputies d left join rating_cases c on c.deputy_id = d.deputy_id
              where d.region_code = $1 group by d.deputy_id) per_deputy`,
      [region, now],
    )
  ).rows;
  return {
    appeals: appeals.appeals,
    distinctVoters: appeals.voters,
    reassignedAppeals: cases.reassigned,
    answeredShare: cases.answered_share,
    overdueCases: cases.overdue,
    reopenedCases: cases.reopened,
    feedbackShareOfAnswered: cases.feedback_share,
    openAppeals: appeals.open,
    busiestDeputyCases: deputies.busiest,
    medianDeputyCases: deputies.median,
    deputiesBelow10Answered: deputies.below,
  };
}
