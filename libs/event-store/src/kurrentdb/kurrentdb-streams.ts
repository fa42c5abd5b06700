import {
  type KurrentDBClient,
  type RecordedEvent,
  START as FROM_START,
  StreamNotFoundError,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import { comparePositions, type GlobalPosition, START } from '../position';

/** One stream per command id holds its first result; readers of the log never see these streams. */
export const COMMAND_STREAM_PREFIX = 'command-';

/** Server-side filter for `$all`: no system streams (`$…`) and no command bookkeeping. */
export const USER_STREAMS = streamNameFilter({ regex: `^(?!\\$|${COMMAND_STREAM_PREFIX})` });

/** Whether readers of the log see this event: not a system event, not in a system or command stream. */
export function isVisible(event: RecordedEvent): boolean {
  return !event.type.startsWith('$') && !event.streamId.startsWith('$') && !event.streamId.startsWith(COMMAND_STREAM_PREFIX);
}

/** Where KurrentDB starts reading `$all` for a position of ours. */
export function toReadPosition(position: GlobalPosition): GlobalPosition | typeof FROM_START {
  return comparePositions(position, START) === 0 ? FROM_START : position;
}

/** A stream's events from a revision on; none for a stream that does not exist. */
export async function readEvents(
  client: KurrentDBClient,
  streamName: string,
  fromRevision: bigint,
  maxCount?: number,
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  try {
    for await (const { event } of client.readStream(streamName, { fromRevision, maxCount })) {
      if (event) events.push(event);
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return events;
}
