/**
 * Deadline arithmetic for appeals, pure and in UTC milliseconds.
 *
 * 59-ФЗ (art. 12) counts calendar days, not working days: the answer is due 30 days after registration,
 * and one extension adds up to 30 more. We count from the registration instant, so a deadline is the
 * same wall-clock instant N × 24 h later (no time zones, no daylight saving, no moving of a due date that
 * falls on a holiday). A clarification request pauses the clock: when the voter replies, the due date
 * moves forward by the paused duration. First-response targets are hours set per category.
 */
import { DomainError } from '@app/platform/errors/domain-error';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** 59-ФЗ: an answer within 30 days of registration. */
export const ANSWER_DAYS = 30;
/** 59-ФЗ: one extension of at most 30 days. */
export const MAX_EXTENSION_DAYS = 30;
/** The voter may dispute an answer for 30 days; an answer without feedback closes after 30 days. */
export const REOPEN_WINDOW_DAYS = 30;
export const AUTO_CLOSE_DAYS = 30;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of an ISO 8601 time, or `DomainError('BAD_USER_INPUT')` naming `field`. */
export function toMillis(iso: string, field = 'at'): number {
  const ms = typeof iso === 'string' && ISO_TIME.test(iso) ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) throw new DomainError('BAD_USER_INPUT', `${field} must be an ISO 8601 time, got ${JSON.stringify(iso)}`, { field });
  return ms;
}

const toIso = (ms: number): string => new Date(ms).toISOString();

export const addDays = (iso: string, days: number): string => toIso(toMillis(iso) + days * DAY_MS);
export const addHours = (iso: string, hours: number): string => toIso(toMillis(iso) + hours * HOUR_MS);

/** The answer due date of a freshly registered (or reopened) appeal. */
export const answerDueFrom = (registeredAt: string): string => addDays(registeredAt, ANSWER_DAYS);

/** The first-response due date, or `null` when the category sets no target. */
export const firstResponseDueFrom = (registeredAt: string, targetHours: number | null): string | null =>
  targetHours === null ? null : addHours(registeredAt, targetHours);

/** The due date after a pause from `pausedAt` to `resumedAt`: moved forward by the paused time. */
export function resumedDue(dueAt: string, pausedAt: string, resumedAt: string): string {
  const paused = Math.max(0, toMillis(resumedAt) - toMillis(pausedAt));
  return toIso(toMillis(dueAt) + paused);
}

/** True once `at` has reached `dueAt` (a deadline is missed at its due instant). */
export const hasPassed = (dueAt: string, at: string): boolean => toMillis(at) >= toMillis(dueAt);

/** `a` strictly before `b`. */
export const isBefore = (a: string, b: string): boolean => toMillis(a) < toMillis(b);
