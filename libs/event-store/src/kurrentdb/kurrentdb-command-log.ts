import { createHash } from 'node:crypto';
import {
  jsonEvent,
  type KurrentDBClient,
  NO_STREAM,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { CommandIdReusedError } from '../errors';
import type { AppendResult } from '../types';
import { COMMAND_STREAM_PREFIX, readEvents } from './kurrentdb-streams';

const COMMAND_RECORDED = 'CommandRecorded';

type CommandRecord = { streamId: string; nextExpectedVersion: number; commit: string; prepare: string };

/**
 * The first result of each command, in its own stream `command-<commandId>` (expected state `no_stream`), so a
 * repeat of the command is answered from it. Of concurrent repeats, the one whose record lands first wins.
 */
export class KurrentDbCommandLog {
  constructor(private readonly client: KurrentDBClient) {}

  /** The recorded result of the command as a duplicate append to `streamId`, or undefined when it never ran. */
  async find(commandId: string, streamId: string): Promise<AppendResult | undefined> {
    const recorded = await this.read(commandId);
    return recorded && asDuplicate(recorded, commandId, streamId);
  }

  /** Records the command's result; if another append recorded it first, that one's result as a duplicate. */
  async record(commandId: string, result: AppendResult): Promise<AppendResult> {
    const record: CommandRecord = {
      streamId: result.streamId,
      nextExpectedVersion: result.nextExpectedVersion,
      commit: result.position.commit.toString(),
      prepare: result.position.prepare.toString(),
    };
    try {
      // A random event id on purpose: with a derived one, KurrentDB would acknowledge every racer as the winner.
      await this.client.appendToStream(commandStream(commandId), jsonEvent({ type: COMMAND_RECORDED, data: record }), {
        streamState: NO_STREAM,
      });
      return result;
    } catch (error) {
      if (!(error instanceof KurrentWrongExpectedVersionError)) throw error;
      const first = await this.read(commandId);
      if (!first) throw error;
      return asDuplicate(first, commandId, result.streamId);
    }
  }

  private async read(commandId: string): Promise<CommandRecord | undefined> {
    const [event] = await readEvents(this.client, commandStream(commandId), 0n, 1);
    return event && event.type === COMMAND_RECORDED ? (event.data as CommandRecord) : undefined;
  }
}

/** A name-based (version 5 layout) UUID: the same command and index always give the same event id. */
export function commandEventId(commandId: string, index: number): string {
  const hash = createHash('sha1').update(`kurrentdb-event-store/command/${commandId}/${index}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function commandStream(commandId: string): string {
  return `${COMMAND_STREAM_PREFIX}${commandId}`;
}

function asDuplicate(record: CommandRecord, commandId: string, streamId: string): AppendResult {
  if (record.streamId !== streamId) throw new CommandIdReusedError(commandId, record.streamId, streamId);
  const position = { commit: BigInt(record.commit), prepare: BigInt(record.prepare) };
  return { streamId, nextExpectedVersion: record.nextExpectedVersion, position, duplicate: true };
}
