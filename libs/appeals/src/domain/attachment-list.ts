import { DomainError } from '@app/platform/errors/domain-error';
import { MAX_ATTACHMENTS } from './appeal-events';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** At most `MAX_ATTACHMENTS` distinct photo ids (uuids, lower case); a repeated id counts once. */
export function attachmentList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || !UUID.test(id))) {
    throw new DomainError('BAD_USER_INPUT', 'attachmentIds must be a list of photo ids as the upload returned them', {
      field: 'attachmentIds',
    });
  }
  const ids = [...new Set(value.map((id: string) => id.toLowerCase()))];
  if (ids.length > MAX_ATTACHMENTS) {
    throw new DomainError('BAD_USER_INPUT', `attachmentIds: at most ${MAX_ATTACHMENTS} photos per appeal (got ${ids.length})`, {
      field: 'attachmentIds',
    });
  }
  return ids;
}

/** The photo ids a submission recorded: none unless these events hold an `AppealSubmitted`. */
export function recordedAttachments(events: ReadonlyArray<Readonly<{ type: string; data: unknown }>>): string[] {
  return events.flatMap((event) =>
    event.type === 'AppealSubmitted' ? [...((event.data as { attachmentIds?: readonly string[] }).attachmentIds ?? [])] : [],
  );
}
