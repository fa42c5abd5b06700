import type { StoredEvent } from '@app/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../projection';

/**
 * A test read model in two tables written one after the other, with an optional pause between them, so that
 * a process killed in the pause would leave them disagreeing if batches were not atomic.
 */
export function tallyProjection(options: { pauseMs?: number; onBatch?: (size: number) => void } = {}): Projection {
  return {
    name: 'tally',
    eventTypes: new Set(['Counted']),
    async apply(events: readonly StoredEvent[], manager: EntityManager) {
      await ensureTables(manager);
      options.onBatch?.(events.length);
      const rows = JSON.stringify(events.map((e) => ({ event_id: e.eventId, stream_id: e.streamId, version: e.streamVersion })));
      await manager.query(
        `insert into tally_streams (stream_id, events, last_version)
         select stream_id, count(*), max(version) from jsonb_to_recordset($1::jsonb) as r(event_id uuid, stream_id text, version int)
          group by stream_id
         on conflict (stream_id) do update
           set events = tally_streams.events + excluded.events, last_version = greatest(tally_streams.last_version, excluded.last_version)`,
        [rows],
      );
      if (options.pauseMs) await manager.query('select pg_sleep($1)', [options.pauseMs / 1000]);
      await manager.query(
        `insert into tally_events (event_id, stream_id)
         select event_id, stream_id from jsonb_to_recordset($1::jsonb) as r(event_id uuid, stream_id text, version int)`,
        [rows],
      );
    },
    async clear(manager: EntityManager) {
      await ensureTables(manager);
      await manager.query('truncate tally_streams, tally_events');
    },
  };
}

async function ensureTables(manager: EntityManager): Promise<void> {
  await manager.query(`
    create table if not exists tally_streams (stream_id text primary key, events integer not null, last_version integer not null);
    create table if not exists tally_events (event_id uuid primary key, stream_id text not null)`);
}
