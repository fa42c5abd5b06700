/** How the bench writes the drawn appeals into the read models, as the projections would have from their events. */

/** ISO 8601 in UTC with milliseconds, as the projections write times into JSON. */
const iso = (column: string): string => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const MAIN_CASE_NO = 'case when first_deputy_id is null then 1 else 2 end';
const DEADLINE = (n: 1 | 2): string => `jsonb_build_object('decidedAt', ${iso(`deadline${n}_at`)}, 'met', deadline${n}_met)`;

/** From the chunk into the read models; $1 is the region. */
export const READ_MODEL_INSERTS = [
  `insert into rating_appeals (appeal_id, region_code, subject_id, first_response_target_ms, version)
   select appeal_id, $1, subject_id, target_hours::bigint * 3600000, 2 + (first_deputy_id is not null)::int + (response_at is not null)::int
          + (answered_at is not null)::int + (overdue_at is not null)::int + (reopened_at is not null)::int + (ended_at is not null)::int
          + (answered2_at is not null)::int + (overdue2_at is not null)::int + (feedback_at is not null)::int + (feedback2_at is not null)::int
     from bench_chunk`,
  // The first deputy's case of a reassigned appeal: received, perhaps acknowledged, then handed on.
  `insert into rating_cases (appeal_id, case_no, deputy_id, region_code, received_at, first_response_due_at, first_response_at, ended_at, end_reason)
   select appeal_id, 1, first_deputy_id, $1, submitted_at, submitted_at + target_hours * interval '1 hour', first_case_ack_at, transferred_at,
          case when transferred_at is not null then 'TRANSFERRED' end
     from bench_chunk where first_deputy_id is not null`,
  `insert into rating_cases (appeal_id, case_no, deputy_id, region_code, received_at, first_response_due_at, first_response_at, answered_at,
                             overdue_at, deadlines, deadline_decided, reopened_at, ended_at, end_reason)
   select appeal_id, ${MAIN_CASE_NO}, deputy_id, $1, case_start, case_start + target_hours * interval '1 hour',
          response_at, answered_at, least(overdue_at, overdue2_at),
          case when deadline1_at is null then '[]'::jsonb when deadline2_at is null then jsonb_build_array(${DEADLINE(1)})
               else jsonb_build_array(${DEADLINE(1)}, ${DEADLINE(2)}) end,
          case when reopened_at is not null then deadline2_at is not null else deadline1_at is not null end,
          reopened_at, ended_at, end_reason
     from bench_chunk where main_case_started`,
  `insert into rating_deadlines (appeal_id, case_no, seq, deputy_id, region_code, received_at, decided_at, met)
   select appeal_id, ${MAIN_CASE_NO}, 1, deputy_id, $1, case_start, deadline1_at, deadline1_met from bench_chunk where main_case_started and deadline1_at is not null
   union all
   select appeal_id, ${MAIN_CASE_NO}, 2, deputy_id, $1, case_start, deadline2_at, deadline2_met from bench_chunk where main_case_started and deadline2_at is not null`,
  `insert into rating_feedback (appeal_id, answer_number, deputy_id, region_code, subject_id, submitted_at, promptness, quality, attentiveness, solved)
   select appeal_id, 1, deputy_id, $1, subject_id, feedback_at, promptness, quality, attentiveness, solved from bench_chunk where feedback_at is not null
   union all
   select appeal_id, 2, deputy_id, $1, subject_id, feedback2_at, score2, score2, score2, solved2 from bench_chunk where feedback2_at is not null`,
  // Analytics counts a deadline as missed at its due date also when an answer came late without an overdue mark.
  `insert into analytics_appeals (appeal_id, region_code, territory_id, category_id, subject_id, submitted_at, first_response_at, answered_at,
                                  overdue_at, settled_at, version)
   select appeal_id, $1, territory_id, category_id, subject_id, submitted_at, least(first_case_ack_at, response_at), answered_at,
          least(overdue_at, case when answered_at > due_at then due_at end, overdue2_at, case when answered2_at > due2_at then due2_at end),
          coalesce(answered_at, ended_at),
          2 + (response_at is not null)::int + (answered_at is not null)::int + (overdue_at is not null)::int + (ended_at is not null)::int
            + (answered2_at is not null)::int + (overdue2_at is not null)::int + (feedback_at is not null)::int + (feedback2_at is not null)::int
     from bench_chunk`,
  `insert into analytics_feedback (appeal_id, answer_number, region_code, submitted_at, satisfaction, solved)
   select appeal_id, 1, $1, feedback_at, (promptness + quality + attentiveness) / 3.0, solved from bench_chunk where feedback_at is not null
   union all
   select appeal_id, 2, $1, feedback2_at, score2, solved2 from bench_chunk where feedback2_at is not null`,
];
