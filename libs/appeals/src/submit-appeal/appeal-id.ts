import { createHash } from 'node:crypto';

/**
 * The id of the appeal a submission creates, derived from its author and command id: a repeated
 * submission (a retry after a lost response) lands on the same stream and returns the first outcome.
 */
export function appealIdFor(subjectId: string, commandId: string): string {
  // The author is part of it, so nobody else's command id can lead to their appeal.
  const hex = createHash('sha256').update(`appeal:${subjectId}:${commandId}`).digest('hex');
  // A version-5 UUID: its version nibble is 5, its variant bits 10.
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
