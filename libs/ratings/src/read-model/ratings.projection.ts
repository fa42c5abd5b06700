import type { StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import { eventTime } from '@app/appeals/contract';
import type { EntityManager } from 'typeorm';
import {
  RATING_EVENT_TYPES,
  type RatingAppeal,
  type RatingCase,
  type RatingFeedback,
  type VersionedEvent,
  applyRatingEvent,
} from './rating-cases';

type CaseRecord = RatingCase & { appealId: string; regionCode: string };

/**
 * Events dated more than this before they are projected (a rebuild, catching up after downtime, an import,
 * the demo year) may change ratings of past dates, which the queries cache: the generation is bumped then.
 */
export const LATE_FACT_MS = 5 * 60 * 1000;

/**
 * The ratings' facts (`rating_appeals`, `rating_cases`, `rating_deadlines`, `rating_feedback`). Like the appeals projection it
 * loads the batch's appeals, folds the events in memory in stream order, and writes back in four statements
 * whatever the batch size; events already applied are skipped by stream version.
 */
export class RatingsProjection implements Projection {
  readonly name = 'ratings';
  readonly eventTypes = RATING_EVENT_TYPES;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const events = stored.map((event) => ({ type: event.type, data: event.data, streamVersion: event.streamVersion }) as VersionedEvent);
    const ids = [...new Set(events.map((event) => event.data.appealId))];
    const appeals = await load(manager, ids);
    const changed = new Set<string>();
    const feedback: RatingFeedback[] = [];
    for (const event of events) {
      const before = appeals.get(event.data.appealId) ?? null;
      const after = applyRatingEvent(before, event);
      if (after.appeal === before) continue;
      appeals.set(event.data.appealId, after.appeal);
      changed.add(event.data.appealId);
      if (after.feedback) feedback.push(after.feedback);
    }
    if (changed.size === 0) return;
    const cutoff = this.now().getTime() - LATE_FACT_MS;
    if (events.some((event) => Date.parse(eventTime(event)) < cutoff)) {
      await manager.query('update rating_generation set generation = generation + 1');
    }
    const rows = [...changed].map((id) => appeals.get(id)!);
    await manager.query(
      `insert into rating_appeals (appeal_id, region_code, subject_id, first_response_target_ms, version)
       select "appealId", "regionCode", "subjectId", "firstResponseTargetMs", version from jsonb_to_recordset($1::jsonb)
         as t("appealId" text, "regionCode" text, "subjectId" text, "firstResponseTargetMs" bigint, version integer)
       on conflict (appeal_id) do update set version = excluded.version`,
      [JSON.stringify(rows.map(({ cases: _cases, ...appeal }) => appeal))],
    );
    const cases: CaseRecord[] = rows.flatMap((appeal) =>
      appeal.cases.map((row) => ({ ...row, appealId: appeal.appealId, regionCode: appeal.regionCode })),
    );
    if (cases.length > 0) {
      await manager.query(
        `insert into rating_cases (appeal_id, case_no, deputy_id, region_code, received_at, first_response_due_at, first_response_at,
           answered_at, overdue_at, deadlines, deadline_decided, reopened_at, ended_at, end_reason)
         select "appealId", "caseNo", "deputyId", "regionCode", "receivedAt", "firstResponseDueAt", "firstResponseAt",
           "answeredAt", "overdueAt", deadlines, "deadlineDecided", "reopenedAt", "endedAt", "endReason"
         from jsonb_to_recordset($1::jsonb) as t("appealId" text, "caseNo" integer, "deputyId" text, "regionCode" text,
           "receivedAt" timestamptz, "firstResponseDueAt" timestamptz, "firstResponseAt" timestamptz, "answeredAt" timestamptz,
           "overdueAt" timestamptz, deadlines jsonb, "deadlineDecided" boolean, "reopenedAt" timestamptz, "endedAt" timestamptz, "endReason" text)
         on conflict (appeal_id, case_no) do update set first_response_at = excluded.first_response_at, answered_at = excluded.answered_at,
           overdue_at = excluded.overdue_at, deadlines = excluded.deadlines, deadline_decided = excluded.deadline_decided,
           reopened_at = excluded.reopened_at, ended_at = excluded.ended_at, end_reason = excluded.end_reason`,
        [JSON.stringify(cases)],
      );
      // A decided deadline never changes: each is written once, for the counts to read without unpacking the cases.
      const deadlines = cases.flatMap((row) =>
        row.deadlines.map((deadline, index) => ({
          ...deadline,
          seq: index + 1,
          appealId: row.appealId,
          caseNo: row.caseNo,
          deputyId: row.deputyId,
          regionCode: row.regionCode,
          receivedAt: row.receivedAt,
        })),
      );
      if (deadlines.length > 0) {
        await manager.query(
          `insert into rating_deadlines (appeal_id, case_no, seq, deputy_id, region_code, received_at, decided_at, met)
           select "appealId", "caseNo", seq, "deputyId", "regionCode", "receivedAt", "decidedAt", met
           from jsonb_to_recordset($1::jsonb) as t("appealId" text, "caseNo" integer, seq integer, "deputyId" text, "regionCode" text,
             "receivedAt" timestamptz, "decidedAt" timestamptz, met boolean)
           on conflict (appeal_id, case_no, seq) do nothing`,
          [JSON.stringify(deadlines)],
        );
      }
    }
    if (feedback.length > 0) {
      await manager.query(
        `insert into rating_feedback (appeal_id, answer_number, deputy_id, region_code, subject_id, submitted_at, promptness, quality, attentiveness, solved)
         select "appealId", "answerNumber", "deputyId", "regionCode", "subjectId", "submittedAt", promptness, quality, attentiveness, solved
         from jsonb_to_recordset($1::jsonb) as t("appealId" text, "answerNumber" integer, "deputyId" text, "regionCode" text, "subjectId" text,
           "submittedAt" timestamptz, promptness smallint, quality smallint, attentiveness smallint, solved text)
         on conflict (appeal_id, answer_number) do nothing`,
        [JSON.stringify(feedback)],
      );
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query('truncate rating_appeals, rating_cases, rating_deadlines, rating_feedback');
    await manager.query('update rating_generation set generation = generation + 1');
  }
}

async function load(manager: EntityManager, ids: readonly string[]): Promise<Map<string, RatingAppeal>> {
  const records: Array<RatingAppeal & { firstResponseTargetMs: string | null }> = await manager.query(
    `select a.appeal_id as "appealId", a.region_code as "regionCode", a.subject_id as "subjectId",
            a.first_response_target_ms as "firstResponseTargetMs", a.version,
            coalesce((select json_agg(json_build_object(
              'caseNo', c.case_no, 'deputyId', c.deputy_id, 'receivedAt', c.received_at, 'firstResponseDueAt', c.first_response_due_at,
              'firstResponseAt', c.first_response_at, 'answeredAt', c.answered_at,
              'overdueAt', c.overdue_at, 'deadlines', c.deadlines, 'deadlineDecided', c.deadline_decided, 'reopenedAt', c.reopened_at, 'endedAt', c.ended_at, 'endReason', c.end_reason) order by c.case_no)
              from rating_cases c where c.appeal_id = a.appeal_id), '[]') as cases
       from rating_appeals a where a.appeal_id = any($1)`,
    [ids],
  );
  return new Map(
    records.map((record) => [
      record.appealId,
      { ...record, firstResponseTargetMs: record.firstResponseTargetMs === null ? null : Number(record.firstResponseTargetMs) },
    ]),
  );
}
