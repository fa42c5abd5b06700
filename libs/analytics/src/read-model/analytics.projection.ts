import type { StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { EntityManager } from 'typeorm';
import { ANALYTICS_EVENT_TYPES, type AnalyticsFact, type VersionedEvent, applyAnalyticsEvent } from './analytics-facts';

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
  ['verdicts', 'verdicts', 'jsonb'],
  ['feedbackAt', 'feedback_at', 'timestamptz'],
  ['version', 'version', 'integer'],
] as const;

// feedback_at is derived from the verdicts when writing.
const SELECT = COLUMNS.filter(([field]) => field !== 'feedbackAt')
  .map(([field, column]) => `${column} as "${field}"`)
  .join(', ');
const UPSERT = `insert into analytics_appeals (${COLUMNS.map(([, column]) => column).join(', ')})
  select ${COLUMNS.map(([field]) => `"${field}"`).join(', ')} from jsonb_to_recordset($1::jsonb)
    as t(${COLUMNS.map(([field, , type]) => `"${field}" ${type}`).join(', ')})
  on conflict (appeal_id) do update set ${COLUMNS.slice(1)
    .map(([, column]) => `${column} = excluded.${column}`)
    .join(', ')}`;

/** The analytics facts (`analytics_appeals`): load the batch's appeals, fold in memory, one upsert. */
export class AnalyticsProjection implements Projection {
  readonly name = 'analytics';
  readonly eventTypes = ANALYTICS_EVENT_TYPES;

  async apply(stored: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const events = stored.map((event) => ({ type: event.type, data: event.data, streamVersion: event.streamVersion }) as VersionedEvent);
    const ids = [...new Set(events.map((event) => event.data.appealId))];
    const records: AnalyticsFact[] = await manager.query(`select ${SELECT} from analytics_appeals where appeal_id = any($1)`, [ids]);
    const facts = new Map(records.map((record) => [record.appealId, record]));
    const changed = new Set<string>();
    for (const event of events) {
      const before = facts.get(event.data.appealId) ?? null;
      const after = applyAnalyticsEvent(before, event);
      if (after === before) continue;
      facts.set(event.data.appealId, after);
      changed.add(event.data.appealId);
    }
    if (changed.size === 0) return;
    const rows = [...changed].map((id) => facts.get(id)!).map((fact) => ({ ...fact, feedbackAt: fact.verdicts.at(-1)?.at ?? null }));
    await manager.query(UPSERT, [JSON.stringify(rows)]);
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query('truncate analytics_appeals');
  }
}
