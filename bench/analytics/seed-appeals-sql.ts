/** How the bench draws a year of appeals in SQL: every fact time of each appeal, from seeded random draws. */

/** A standard normal draw (Box–Muller). */
const NORMAL = `(sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))`;
const HOURS = `* interval '1 hour'`;
const DAYS = `* interval '1 day'`;

/**
 * One row per appeal of the chunk's days with every fact time it will have; a time after $4 ("now") has not
 * happened yet and is null. Parameters: $1 dates, $2 appeals per date, $3 first appeal number of each date,
 * $4 now, $5 the region's time zone, $6 repeat writers' share, $7 repeat writers, $8 reassigned share.
 */
export const CHUNK_SQL = `
with draws as (
  select d.first_i + n as i, d.day::date as day,
         random() as u_time, random() as u_who, random() as u_pool, random() as u_deputy, random() as u_category,
         random() as u_outcome, random() as u_reassign, random() as u_first_deputy, random() as u_transfer_ack, random() as u_ack,
         random() as u_reopen, random() as u_answer2, random() as u_feedback, random() as u_feedback2, random() as u_solved, random() as u_solved2, random() as u_lag,
         ${NORMAL} as z_transfer, ${NORMAL} as z_fr, ${NORMAL} as z_answer, ${NORMAL} as z_end, ${NORMAL} as z_reopen,
         ${NORMAL} as z_answer2, ${NORMAL} as z_fb, ${NORMAL} as z_fb2, ${NORMAL} as z_score, ${NORMAL} as z_p, ${NORMAL} as z_q, ${NORMAL} as z_a, ${NORMAL} as z_score2
    from unnest($1::text[], $2::int[], $3::int[]) as d(day, cnt, first_i)
   cross join lateral generate_series(0, d.cnt - 1) as n
), writers as (
  -- Most voters write once; repeat writers (a skewed pool) write several times, to the deputy of their home.
  select w.*, case when w.u_who < $6 then 'r' || w.writer else 'u' || w.i end as voter,
         case when w.u_who < $6 then (hashint4(w.writer) & 2147483647)::float8 / 2147483648 else w.u_deputy end as u_home
    from (select draws.*, floor($7 * power(u_pool, 1.5))::int as writer from draws) w
), picked as (
  select w.*,
         (select value from bench_pick where kind = 'deputy' and bound > w.u_home order by bound limit 1) as deputy_id,
         (select value from bench_pick where kind = 'category' and bound > w.u_category order by bound limit 1) as category_id,
         case when w.u_reassign < $8 then (select value from bench_pick where kind = 'deputy' and bound > w.u_first_deputy order by bound limit 1) end as first_deputy_id,
         ((w.day + time '07:00' + w.u_time * interval '16 hours') at time zone $5) as planned_at,
         (w.day::timestamp at time zone $5) as day_start
    from writers w
), submitted as (
  select p.*, dep.territory_id, dep.quality as q, c.first_response_target_hours as target_hours,
         case when p.planned_at > $4::timestamptz then p.day_start + p.u_time * ($4::timestamptz - p.day_start) else p.planned_at end as submitted_at
    from picked p
    join bench_deputies dep on dep.deputy_id = p.deputy_id
    join registry_categories c on c.id = p.category_id
), planned as (
  select s.*,
         s.submitted_at + interval '30 days' as due_at,
         case when s.first_deputy_id is not null then s.submitted_at + greatest(exp(ln(12) + 0.8 * s.z_transfer), 0.5) ${HOURS} end as transfer_at,
         case when s.u_outcome < 0.85 + 0.07 * s.q then 'ANSWERED'
              when s.u_outcome < 0.90 + 0.07 * s.q then 'REJECTED'
              when s.u_outcome < 0.92 + 0.07 * s.q then 'WITHDRAWN'
              when s.u_outcome < 0.95 + 0.07 * s.q then 'FORWARDED'
              else 'UNANSWERED' end as outcome
    from submitted s
), timed as (
  select p.*, coalesce(p.transfer_at, p.submitted_at) as case_start,
         coalesce(p.transfer_at, p.submitted_at) + exp(ln(6 - 3 * p.q) + 1.1 * p.z_fr) ${HOURS} as ack_at,
         case when p.outcome = 'ANSWERED' then coalesce(p.transfer_at, p.submitted_at) + greatest(exp(ln(10 - 3 * p.q) + 0.8 * p.z_answer), 0.1) ${DAYS} end as answer_at,
         case p.outcome when 'REJECTED' then coalesce(p.transfer_at, p.submitted_at) + exp(ln(3) + 0.7 * p.z_end) ${DAYS}
                        when 'WITHDRAWN' then coalesce(p.transfer_at, p.submitted_at) + exp(ln(5) + 0.7 * p.z_end) ${DAYS}
                        when 'FORWARDED' then coalesce(p.transfer_at, p.submitted_at) + exp(ln(2) + 0.7 * p.z_end) ${DAYS} end as end_at
    from planned p
), facts as (
  select t.*,
         case when t.first_deputy_id is not null and t.u_transfer_ack < 0.4 then t.submitted_at + t.u_transfer_ack / 0.4 * (t.transfer_at - t.submitted_at) end as first_case_ack_at,
         case t.outcome
           when 'ANSWERED' then case when t.u_ack < 0.9 then least(t.ack_at, t.answer_at) else t.answer_at end
           when 'FORWARDED' then case when t.u_ack < 0.5 then least(t.ack_at, t.end_at) else t.end_at end
           when 'UNANSWERED' then case when t.u_ack < 0.7 then t.ack_at end
           else case when t.u_ack < 0.5 and t.ack_at < t.end_at then t.ack_at end end as response_at,
         -- the deadline sweep marks an appeal overdue within the hour after its 30 days, unless it was answered or left before
         case when (t.answer_at is null or t.answer_at > t.due_at + t.u_lag ${HOURS}) and (t.end_at is null or t.end_at > t.due_at)
              then t.due_at + t.u_lag ${HOURS} end as overdue_at,
         case when t.outcome = 'ANSWERED' and t.u_reopen < 0.05 - 0.02 * t.q then t.answer_at + exp(ln(4) + 0.7 * t.z_reopen) ${DAYS} end as reopen_at,
         case when t.outcome = 'ANSWERED' and t.u_feedback < 0.4 then t.answer_at + exp(ln(2) + t.z_fb) ${DAYS} end as feedback_at,
         -- a voter's verdict: skewed positive, better for good deputies and on-time answers
         3.9 + 0.5 * t.q + case when t.answer_at <= t.due_at then 0.2 else -0.6 end + 1.2 * t.z_score as latent
    from timed t
), second as (
  -- a reopen brings a new answer deadline; most reopened appeals are answered again within days
  select f.*, case when f.reopen_at is not null and f.u_answer2 < 0.9 then f.reopen_at + greatest(exp(ln(5) + 0.6 * f.z_answer2), 0.1) ${DAYS} end as answer2_at
    from facts f
), verdicts as (
  select s.*,
         case when s.reopen_at is not null and (s.answer2_at is null or s.answer2_at > s.reopen_at + interval '30 days' + s.u_lag ${HOURS})
              then s.reopen_at + interval '30 days' + s.u_lag ${HOURS} end as overdue2_at,
         case when s.answer2_at is not null and s.feedback_at is not null and s.u_feedback2 < 0.5 then s.answer2_at + exp(ln(2) + 0.8 * s.z_fb2) ${DAYS} end as feedback2_at,
         least(greatest(round(s.latent + 0.6 * s.z_p), 1), 5)::smallint as promptness,
         least(greatest(round(s.latent + 0.6 * s.z_q), 1), 5)::smallint as quality,
         least(greatest(round(s.latent + 0.5 * s.z_a), 1), 5)::smallint as attentiveness,
         case when s.u_solved < least(greatest(0.1 + 0.15 * (s.latent - 1), 0.05), 0.8) then 'YES' when s.u_solved < least(greatest(0.1 + 0.15 * (s.latent - 1), 0.05), 0.8) + 0.25 then 'PARTLY' else 'NO' end as solved,
         least(greatest(round(s.latent - 0.5 + 0.8 * s.z_score2), 1), 5)::smallint as score2,
         case when s.u_solved2 < 0.3 then 'YES' when s.u_solved2 < 0.6 then 'PARTLY' else 'NO' end as solved2
    from second s
)
select v.i, md5('bench-appeal-' || v.i)::uuid::text as appeal_id, md5('bench-voter-' || v.voter)::uuid::text as subject_id,
       v.deputy_id, v.first_deputy_id, v.territory_id, v.category_id, v.target_hours, v.submitted_at,
       case when v.transfer_at <= $4::timestamptz then v.transfer_at end as transferred_at,
       v.first_deputy_id is null or v.transfer_at <= $4::timestamptz as main_case_started,
       case when v.first_case_ack_at <= $4::timestamptz then v.first_case_ack_at end as first_case_ack_at,
       v.case_start,
       case when v.response_at <= $4::timestamptz then v.response_at end as response_at,
       case when v.answer_at <= $4::timestamptz then v.answer_at end as answered_at,
       case when v.overdue_at <= $4::timestamptz then v.overdue_at end as overdue_at,
       case when v.reopen_at <= $4::timestamptz then v.reopen_at end as reopened_at,
       case when v.answer2_at <= $4::timestamptz then v.answer2_at end as answered2_at,
       case when v.overdue2_at <= $4::timestamptz then v.overdue2_at end as overdue2_at,
       v.due_at, v.reopen_at + interval '30 days' as due2_at,
       -- the answer deadlines decided by now: each by its overdue mark (missed) or by the answer (met when by its due date)
       case when v.overdue_at <= $4::timestamptz then v.overdue_at when v.overdue_at is null and v.answer_at <= $4::timestamptz then v.answer_at end as deadline1_at,
       v.overdue_at is null and v.answer_at <= v.due_at as deadline1_met,
       case when v.reopen_at <= $4::timestamptz then
         case when v.overdue2_at <= $4::timestamptz then v.overdue2_at when v.overdue2_at is null and v.answer2_at <= $4::timestamptz then v.answer2_at end end as deadline2_at,
       v.overdue2_at is null and v.answer2_at <= v.reopen_at + interval '30 days' as deadline2_met,
       case when v.end_at <= $4::timestamptz then v.end_at end as ended_at,
       case when v.end_at <= $4::timestamptz then v.outcome end as end_reason,
       case when v.feedback_at <= $4::timestamptz then v.feedback_at end as feedback_at,
       case when v.feedback2_at <= $4::timestamptz then v.feedback2_at end as feedback2_at,
       v.promptness, v.quality, v.attentiveness, v.solved, v.score2, v.solved2
  from verdicts v`;
