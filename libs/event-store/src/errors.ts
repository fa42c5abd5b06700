import type { ExpectedVersion } from './types';

/** Version of a stream as reported in errors: the last event's version, or `'no_stream'`. */
export type ActualVersion = number | 'no_stream';

/** The stream did not look as the writer expected: someone else appended first. */
export class WrongExpectedVersionError extends Error {
  readonly code = 'CONFLICT';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: ActualVersion,
  ) {
    super(`Wrong expected version for stream "${streamId}": expected ${describe(expected)}, actual ${describe(actual)}`);
    this.name = 'WrongExpectedVersionError';
  }
}

/** A command id was reused for a different stream: a client bug, never silently accepted. */
export class CommandIdReusedError extends Error {
  readonly code = 'CONFLICT';

  constructor(
    readonly commandId: string,
    readonly firstStreamId: string,
    readonly streamId: string,
  ) {
    super(`Command id "${commandId}" was already used for stream "${firstStreamId}"; it cannot be reused for "${streamId}"`);
    this.name = 'CommandIdReusedError';
  }
}

/** The caller passed something the store cannot store; the message says what to fix. */
export class EventStoreInputError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string) {
    super(message);
    this.name = 'EventStoreInputError';
  }
}

function describe(version: ExpectedVersion | ActualVersion): string {
  return typeof version === 'number' ? String(version) : `"${version}"`;
}
