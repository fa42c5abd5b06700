import { ANSWER_DAYS, firstResponseHoursSql, latestVerdictsSql, medianFirstResponseHoursSql } from '@app/appeals/contract';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeputyCounts } from '../formulas/rating-formulas';

/** The legal answer term (59-ФЗ): a case younger than this and unanswered is not yet counted against anyone. */
const ANSWER_TERM = `${ANSWER_DAYS} days`;
/** A rating covers the cases received and the feedback given in this window up to asOf, so old conduct fades out. */
export const RATING_WINDOW = '12 months';

/** A case's first response as of $2 (docs/ratings.md, "One definition for every screen"). */
const RESPONSE_HOURS = firstResponseHoursSql({
  since: 'c.received_at',
  respondedAt: 'c.first_response_at',
  responded: 'c.first_response_at <= $2',
  // ended by $2 without a response: not the deputy's doing (a forward is a response)
  waiting: 'not coalesce(c.ended_at <= $2, false)',
});

/** The voter's latest verdict on each deputy's answers to an appeal, given by $2 within the window. */
const LATEST_VERDICTS = latestVerdictsSql({
  from: 'rating_feedback f',
  alias: 'f',
  per: ['f.appeal_id', 'f.deputy_id'],
  given: `f.region_code = $1 and f.submitted_at <= $2 and f.submitted_at > $2::timestamptz - interval '${RATING_WINDOW}'`,
});

/**
 * The sufficient statistics of every deputy of a region as of an instant, from the ratings' facts: only
 * what had happened by `asOf`, within the 12 months before it, counts. This is the one place where "what counts" (docs/ratings.md) becomes
 * SQL; the scores are computed from these counts by `rateDeputies`. Only deputies with a case or feedback
 * in the window are listed: these counts depend on facts alone, so those of a past date can be kept.
 */
export async function deputyCountsAsOf(db: DataSource | EntityManager, regionCode: string, asOf: Date): Promise<DeputyCounts[]> {
  const rows: CountsRow[] = await db.query(
    `with cases as (
       select c.*,
              coalesce(c.answered_at <= $2, false) as answered,
              coalesce(c.first_response_at <= $2, false) as responded,
              -- ended by asOf before the deputy answered or missed the deadline: not theirs to answer
              coalesce(c.ended_at <= $2, false)
                and not coalesce(c.answered_at <= c.ended_at, false)
                and not coalesce(c.overdue_at <= c.ended_at, false) as handed_on,
              ${RESPONSE_HOURS} as response_hours
         from rating_cases c
        where c.region_code = $1 and c.received_at <= $2 and c.received_at > $2::timestamptz - interval '${RATING_WINDOW}'
     ), case_counts as (
       select deputy_id,
              count(*)::int as received,
              count(*) filter (where not handed_on and (answered or received_at <= $2::timestamptz - interval '${ANSWER_TERM}'))::int as answerable,
              count(*) filter (where not handed_on and answered)::int as answered,
              count(*) filter (where first_response_due_at is not null
                and (responded or (first_response_due_at <= $2 and not coalesce(ended_at < first_response_due_at, false))))::int as fr_decided,
              count(*) filter (where first_response_due_at is not null and responded and first_response_at <= first_response_due_at)::int as fr_on_target,
              count(*) filter (where answered)::int as reopen_base,
              count(*) filter (where answered and coalesce(reopened_at <= $2, false))::int as reopened
         from cases group by deputy_id
     ), deadline_counts as (
       -- a case counts once one of its answer deadlines (a reopen brings another) is decided, and is met while none was missed
       select deputy_id, count(*)::int as deadline_decided, count(*) filter (where all_met)::int as deadline_met
         from (select deputy_id, bool_and(met) as all_met
                 from rating_deadlines d
                where d.region_code = $1 and d.received_at <= $2 and d.received_at > $2::timestamptz - interval '${RATING_WINDOW}' and d.decided_at <= $2
                group by appeal_id, case_no, deputy_id) per_case
        group by deputy_id
     ), medians as (
       -- apart from the counts above: a median sorts, the counts hash
       select deputy_id, ${medianFirstResponseHoursSql('response_hours')} as median_fr
         from cases where response_hours is not null group by deputy_id
     ), latest as (
       ${LATEST_VERDICTS}
     ), feedback_counts as (
       select deputy_id,
              count(*)::int as feedback,
              count(*) filter (where solved = 'YES')::int as solved,
              sum(promptness)::int as p_sum, sum(promptness * promptness)::int as p_sq,
              sum(quality)::int as q_sum, sum(quality * quality)::int as q_sq,
              sum(attentiveness)::int as a_sum, sum(attentiveness * attentiveness)::int as a_sq
         from latest group by deputy_id
     ), voter_counts as (
       select deputy_id, count(*)::int as voters, sum(n * n)::int as voter_squares
         from (select deputy_id, subject_id, count(*) as n from latest group by deputy_id, subject_id) v
        group by deputy_id
     ), deputies as (
       select deputy_id from case_counts
       union select deputy_id from feedback_counts
     )
     select d.deputy_id as "deputyId", c.received, c.answerable, c.answered, dl.deadline_decided as "deadlineDecided", dl.deadline_met as "deadlineMet",
            c.fr_decided as "firstResponseDecided", c.fr_on_target as "firstResponseOnTarget", m.median_fr as "medianFirstResponseHours",
            c.reopen_base as "reopenBase", c.reopened, f.feedback, f.solved, f.p_sum, f.p_sq, f.q_sum, f.q_sq, f.a_sum, f.a_sq,
            v.voters, v.voter_squares
       from deputies d
       left join case_counts c using (deputy_id)
       left join medians m using (deputy_id)
       left join deadline_counts dl using (deputy_id)
       left join feedback_counts f using (deputy_id)
       left join voter_counts v using (deputy_id)
      order by d.deputy_id`,
    [regionCode, asOf.toISOString()],
  );
  return rows.map(toCounts);
}

type CountsRow = {
  deputyId: string;
  received: number | null;
  answerable: number | null;
  answered: number | null;
  deadlineDecided: number | null;
  deadlineMet: number | null;
  firstResponseDecided: number | null;
  firstResponseOnTarget: number | null;
  medianFirstResponseHours: number | null;
  reopenBase: number | null;
  reopened: number | null;
  feedback: number | null;
  solved: number | null;
  p_sum: number | null;
  p_sq: number | null;
  q_sum: number | null;
  q_sq: number | null;
  a_sum: number | null;
  a_sq: number | null;
  voters: number | null;
  voter_squares: number | null;
};

function toCounts(row: CountsRow): DeputyCounts {
  const n = row.feedback ?? 0;
  return {
    deputyId: row.deputyId,
    received: row.received ?? 0,
    answerable: row.answerable ?? 0,
    answered: row.answered ?? 0,
    deadlineDecided: row.deadlineDecided ?? 0,
    deadlineMet: row.deadlineMet ?? 0,
    firstResponseDecided: row.firstResponseDecided ?? 0,
    firstResponseOnTarget: row.firstResponseOnTarget ?? 0,
    medianFirstResponseHours: row.medianFirstResponseHours,
    reopenBase: row.reopenBase ?? 0,
    reopened: row.reopened ?? 0,
    feedback: n,
    solved: row.solved ?? 0,
    promptness: { n, sum: row.p_sum ?? 0, sumSquares: row.p_sq ?? 0 },
    quality: { n, sum: row.q_sum ?? 0, sumSquares: row.q_sq ?? 0 },
    attentiveness: { n, sum: row.a_sum ?? 0, sumSquares: row.a_sq ?? 0 },
    distinctVoters: row.voters ?? 0,
    voterCountSquares: row.voter_squares ?? 0,
  };
}
