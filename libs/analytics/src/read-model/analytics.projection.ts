import type { StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { EntityManager } from 'typeorm';
import { ANALYTICS_EVENT_TYPES, type AnalyticsFact, type Verdict, type VersionedEvent, applyAnalyticsEvent } from './analytics-facts';

const COLUMNS = [
  ['appealId', 'appeal_id', 'text'],
  ['regionCode', 'region_code', 'text'],
  ['territoryId', 'territory_id', 'text'],
  ['categoryId', 'category_id', 'text'],
  ['subjectId', 'subject_id', 'text'],
  ['submittedAt', 'submitted_at', 'timestamptz'],
  ['firstResponseAt', 'first_response_at', 'timestamptz'],
  ['answeredAt', 'answered_at', 'timestamptz'],
  ['overdueAt', 'overdue_at', 'timestamptz'],
  ['settledAt', 'settled_at', 'timestamptz'],
  ['version', 'version', 'integer'],
] as const;

const SELECT = COLUMNS.map(([field, column]) => `${column} as "${field}"`).join(', ');
const UPSERT = `insert into analytics_appeals (${COLUMNS.map(([, column]) => column).join(', ')})
  select ${COLUMNS.map(([field]) => `"${field}"`).join(', ')} from jsonb_to_recordset($1::jsonb)
    as t(${COLUMNS.map(([field, , type]) => `"${field}" ${type}`).join(', ')})
  on conflict (appeal_id) do update set ${COLUMNS.slice(1)
    .map(([, column]) => `${column} = excluded.${column}`)
    .join(', ')}`;

/**
 * The analytics facts (`analytics_appeals`, `analytics_feedback`): load the batch's appeals, fold in memory,
 * one upsert of the facts and one insert of the verdicts (`on conflict do nothing`).
 */
export class AnalyticsProjection implements Projection {
  readonly name = 'analytics';
  readonly eventTypes = ANALYTICS_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const events = stored.map((event) => ({ type: event.type, data: event.data, streamVersion: event.streamVersion }) as VersionedEvent);
    const ids = [...new Set(events.map((event) => event.data.appealId))];
    const records: AnalyticsFact[] = await manager.query(`select ${SELECT} from analytics_appeals where appeal_id = any($1)`, [ids]);
    const facts = new Map(records.map((record) => [record.appealId, record]));
    const changed = new Set<string>();
    const verdicts: Verdict[] = [];
    for (const event of events) {
      const before = facts.get(event.data.appealId) ?? null;
      const { fact, verdict } = applyAnalyticsEvent(before, event);
      if (fact === before) continue;
      facts.set(event.data.appealId, fact);
      changed.add(event.data.appealId);
      if (verdict) verdicts.push(verdict);
    }
    if (changed.size === 0) return;
    await manager.query(UPSERT, [JSON.stringify([...changed].map((id) => facts.get(id)!))]);
    if (verdicts.length > 0) {
      await manager.query(
        `insert into analytics_feedback (appeal_id, answer_number, region_code, submitted_at, satisfaction, solved)
         select "appealId", "answerNumber", "regionCode", "submittedAt", satisfaction, solved from jsonb_to_recordset($1::jsonb)
           as v("appealId" text, "answerNumber" integer, "regionCode" text, "submittedAt" timestamptz, satisfaction float8, solved text)
         on conflict (appeal_id, answer_number) do nothing`,
        [JSON.stringify(verdicts)],
      );
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query('truncate analytics_appeals, analytics_feedback');
  }
}
