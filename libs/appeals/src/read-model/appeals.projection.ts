import type { StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { EntityManager } from 'typeorm';
import type { FeedbackSubmitted } from '../domain/appeal-events';
import { UPSERT_APPEALS, appealSelectList, toAppealRow } from './appeal-columns';
import { eventTime } from '../domain/event-time';
import { APPEAL_EVENT_TYPES, type ProjectedAppeal, type VersionedAppealEvent, applyToRow, foldTimeline } from './appeal-row';

/**
 * The appeals read model (`appeals`, `appeal_timeline`, `appeal_feedback`). Whatever the batch size it
 * takes at most four statements: load the touched appeals' rows with their timelines (the events so far, which
 * the domain's `evolve` folds back into their states), fold the batch into them in memory with `applyToRow`
 * (so several events of one appeal in a batch apply in stream order, and events already in a row are
 * skipped), then one upsert of the changed rows and one insert each for timeline and feedback
 * (`on conflict do nothing`): applying a batch twice leaves the same rows.
 */
export class AppealsProjection implements Projection {
  readonly name = 'appeals';
  readonly eventTypes: ReadonlySet<string> = APPEAL_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const events = stored.map((event) => ({
      event: { type: event.type, data: event.data, streamVersion: event.streamVersion } as VersionedAppealEvent,
      stored: event,
    }));
    const appealIds = [...new Set(events.map(({ event }) => event.data.appealId))];

    const appeals = await load(manager, appealIds);
    const changed = new Set<string>();
    for (const { event } of events) {
      const before = appeals.get(event.data.appealId) ?? null;
      const after = applyToRow(before, event);
      if (after !== before) {
        appeals.set(event.data.appealId, after);
        changed.add(event.data.appealId);
      }
    }
    if (changed.size > 0) await manager.query(UPSERT_APPEALS, [JSON.stringify([...changed].map((id) => appeals.get(id)!.row))]);

    const timeline = events.map(({ event, stored }) => ({
      appealId: event.data.appealId,
      streamVersion: event.streamVersion,
      type: event.type,
      at: eventTime(event),
      actorId: stored.metadata.actorId ?? null,
      data: event.data,
    }));
    await manager.query(
      `insert into appeal_timeline (appeal_id, stream_version, type, at, actor_id, data)
       select "appealId", "streamVersion", type, at, "actorId", data from jsonb_to_recordset($1::jsonb)
         as t("appealId" text, "streamVersion" integer, type text, at timestamptz, "actorId" text, data jsonb)
       on conflict (appeal_id, stream_version) do nothing`,
      [JSON.stringify(timeline)],
    );

    const feedback = events.flatMap(({ event }) =>
      event.type === 'FeedbackSubmitted' ? [event.data satisfies FeedbackSubmitted['data']] : [],
    );
    if (feedback.length > 0) {
      await manager.query(
        `insert into appeal_feedback (appeal_id, answer_number, deputy_id, promptness, quality, attentiveness, solved, comment, submitted_at)
         select "appealId", "answerNumber", "deputyId", promptness, quality, attentiveness, solved, comment, "submittedAt"
           from jsonb_to_recordset($1::jsonb) as f("appealId" text, "answerNumber" integer, "deputyId" text, promptness smallint,
             quality smallint, attentiveness smallint, solved text, comment text, "submittedAt" timestamptz)
         on conflict (appeal_id, answer_number) do nothing`,
        [JSON.stringify(feedback)],
      );
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query('truncate appeals, appeal_timeline, appeal_feedback');
  }
}

/**
 * The appeals' rows with their domain states, in one statement. The timeline holds every event up to the row's
 * version (both are written in one transaction), so folding it gives the state the row was derived from.
 */
async function load(manager: EntityManager, appealIds: readonly string[]): Promise<Map<string, ProjectedAppeal>> {
  const records: Array<Record<string, unknown> & { events: Array<{ type: string; data: unknown }> | null }> = await manager.query(
    `select ${appealSelectList('a')},
            (select json_agg(json_build_object('type', t.type, 'data', t.data) order by t.stream_version)
               from appeal_timeline t where t.appeal_id = a.appeal_id) as events
       from appeals a where a.appeal_id = any($1)`,
    [appealIds],
  );
  return new Map(
    records.map((record) => {
      const row = toAppealRow(record);
      const state = foldTimeline(record.events ?? []);
      if (state.status === 'NOT_SUBMITTED') throw new Error(`Appeal ${row.appealId} has a row but no timeline`);
      return [row.appealId, { row, state }];
    }),
  );
}
