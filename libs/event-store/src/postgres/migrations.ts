import type { Pool } from 'pg';

/**
 * The event store's own schema, applied in order under an advisory lock so that several processes
 * starting together migrate once. Applied migrations are recorded; a migration is never edited after
 * release, a change is a new entry.
 */
const MIGRATIONS: ReadonlyArray<Readonly<{ id: number; name: string; sql: string }>> = [
  {
    id: 1,
    name: 'events, streams, commands, append function',
    sql: /* sql */ `
      create table streams (
        stream_id text primary key,
        version   bigint not null
      );

      create table events (
        -- (transaction_id, global_position) is the read order of the log: see docs/event-store.md
        transaction_id  xid8        not null default pg_current_xact_id(),
        global_position bigint      generated always as identity,
        stream_id       text        not null,
        stream_version  bigint      not null,
        event_id        uuid        not null,
        type            text        not null,
        schema_version  integer     not null,
        data            jsonb       not null,
        metadata        jsonb       not null,
        recorded_at     timestamptz not null default clock_timestamp(),
        primary key (global_position),
        unique (stream_id, stream_version),
        unique (event_id)
      );
      create index events_read_order on events (transaction_id, global_position);

      -- One row per command id: the first append's result, returned again for a repeated command.
      create table commands (
        command_id            text primary key,
        stream_id             text not null,
        next_expected_version bigint,
        commit_position       xid8,
        prepare_position      bigint,
        recorded_at           timestamptz not null default clock_timestamp()
      );

      -- One round trip per append: idempotency, version check, insert and notification in one transaction.
      create function append_to_stream(
        p_stream_id text, p_expected_kind text, p_expected_version bigint, p_command_id text, p_events jsonb, p_notify boolean
      ) returns table (next_expected_version bigint, commit_position xid8, prepare_position bigint, duplicate boolean)
      language plpgsql set search_path from current as $fn$
      declare
        v_current bigint;
        v_count   integer := jsonb_array_length(p_events);
        v_command commands%rowtype;
        v_last    bigint;
      begin
        if p_command_id is not null then
          -- A concurrent append of the same command waits here for the first one to commit or roll back.
          insert into commands (command_id, stream_id) values (p_command_id, p_stream_id) on conflict do nothing;
          if not found then
            select * into v_command from commands c where c.command_id = p_command_id;
            if v_command.stream_id <> p_stream_id then
              raise exception using errcode = 'ES400', message = 'command id reused',
                detail = json_build_object('firstStreamId', v_command.stream_id)::text;
            end if;
            return query select v_command.next_expected_version, v_command.commit_position, v_command.prepare_position, true;
            return;
          end if;
        end if;

        -- Lock the stream row (creating it if needed) so appends to one stream are serialised.
        loop
          select s.version into v_current from streams s where s.stream_id = p_stream_id for update;
          exit when found;
          insert into streams (stream_id, version) values (p_stream_id, -1) on conflict do nothing;
          if found then v_current := -1; exit; end if;
        end loop;

        if (p_expected_kind = 'no_stream' and v_current <> -1)
           or (p_expected_kind = 'stream_exists' and v_current = -1)
           or (p_expected_kind = 'exact' and v_current <> p_expected_version) then
          raise exception using errcode = 'ES409', message = 'wrong expected version',
            detail = json_build_object('actual', v_current)::text;
        end if;

        if v_count > 0 then
          update streams set version = v_current + v_count where stream_id = p_stream_id;
          insert into events (stream_id, stream_version, event_id, type, schema_version, data, metadata)
          select p_stream_id, v_current + e.ordinality, (e.value ->> 'eventId')::uuid, e.value ->> 'type',
                 (e.value ->> 'schemaVersion')::integer, e.value -> 'data', e.value -> 'metadata'
            from jsonb_array_elements(p_events) with ordinality as e
           order by e.ordinality;
          select max(ev.global_position) into v_last
            from events ev where ev.stream_id = p_stream_id and ev.stream_version > v_current;
          -- NOTIFY in a writing transaction serialises commits (a global lock held through the WAL flush), so
          -- plain appends notify after commit instead; only appends inside a caller's transaction notify here.
          if p_notify then perform pg_notify('event_store_appended', ''); end if;
        else
          select max(ev.global_position) into v_last from events ev where ev.stream_id = p_stream_id;
        end if;

        if p_command_id is not null then
          update commands c
             set next_expected_version = v_current + v_count, commit_position = pg_current_xact_id(), prepare_position = v_last
           where c.command_id = p_command_id;
        end if;

        return query select v_current + v_count, pg_current_xact_id(), v_last, false;
      end
      $fn$;
    `,
  },
];

/** Creates or updates the event store schema; safe to call from several processes at once. */
export async function migrateEventStore(pool: Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`event-store-migrations:${schema}`]);
    await client.query(`create schema if not exists ${schema}`);
    await client.query(`set local search_path to ${schema}`);
    await client.query(
      `create table if not exists schema_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())`,
    );
    const { rows } = await client.query<{ id: number }>('select id from schema_migrations');
    const applied = new Set(rows.map((row) => row.id));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      await client.query(migration.sql);
      await client.query('insert into schema_migrations (id, name) values ($1, $2)', [migration.id, migration.name]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
