import { randomUUID } from 'node:crypto';
import { EventStoreInputError } from './errors';
import type { ExpectedVersion, NewEvent } from './types';
import type { UpcasterChain } from './upcasters';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event after validation, with its id and schema version settled. */
export type PreparedEvent = Readonly<{
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: NewEvent['metadata'];
}>;

export type PreparedAppend = Readonly<{ events: PreparedEvent[]; commandId: string | undefined }>;

/** Checks an append the same way for every adapter, so both reject the same input with the same words. */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent[],
  expectedVersion: ExpectedVersion,
  upcasters: UpcasterChain,
): PreparedAppend {
  if (typeof streamId !== 'string' || streamId.trim() === '' || streamId.length > 200) {
    throw new EventStoreInputError(`Stream id must be a non-empty string of at most 200 characters, got ${JSON.stringify(streamId)}`);
  }
  if (streamId.startsWith('$')) {
    throw new EventStoreInputError(`Stream id "${streamId}" starts with "$", which is reserved for system streams`);
  }
  const validKeyword = expectedVersion === 'any' || expectedVersion === 'no_stream' || expectedVersion === 'stream_exists';
  if (!validKeyword && !(Number.isSafeInteger(expectedVersion) && expectedVersion >= -1)) {
    throw new EventStoreInputError(
      `expectedVersion must be a version (an integer ≥ -1), "no_stream", "stream_exists" or "any", got ${JSON.stringify(expectedVersion)}`,
    );
  }
  const commandIds = new Set(events.map((event) => event.metadata?.commandId));
  if (commandIds.size > 1) {
    throw new EventStoreInputError(`All events of one append must carry the same metadata.commandId, got ${[...commandIds].join(', ')}`);
  }
  const prepared = events.map((event, index): PreparedEvent => {
    const where = `event ${index} of the append to "${streamId}"`;
    if (typeof event.type !== 'string' || !/^\p{L}[\p{L}\p{N}_.-]{0,99}$/u.test(event.type)) {
      throw new EventStoreInputError(
        `${where}: type must be a name of letters, digits, "_", "." or "-", got ${JSON.stringify(event.type)}`,
      );
    }
    if (event.data === undefined) throw new EventStoreInputError(`${where} (${event.type}): data is missing`);
    if (!event.metadata || typeof event.metadata.occurredAt !== 'string' || Number.isNaN(Date.parse(event.metadata.occurredAt))) {
      throw new EventStoreInputError(`${where} (${event.type}): metadata.occurredAt must be an ISO 8601 date-time`);
    }
    if (event.eventId !== undefined && !UUID.test(event.eventId)) {
      throw new EventStoreInputError(`${where} (${event.type}): eventId must be a UUID, got ${JSON.stringify(event.eventId)}`);
    }
    const current = upcasters.currentVersion(event.type);
    const schemaVersion = event.schemaVersion ?? current;
    if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > current) {
      throw new EventStoreInputError(`${where} (${event.type}): schemaVersion must be between 1 and ${current}, got ${schemaVersion}`);
    }
    return { eventId: event.eventId ?? randomUUID(), type: event.type, schemaVersion, data: event.data, metadata: event.metadata };
  });
  const [commandId] = commandIds;
  if (commandId !== undefined && (typeof commandId !== 'string' || commandId === '' || commandId.length > 200)) {
    throw new EventStoreInputError(`metadata.commandId must be a non-empty string of at most 200 characters`);
  }
  return { events: prepared, commandId };
}
