/** Input checks for commands: each failure is `BAD_USER_INPUT` naming the field. */
import { DomainError } from '@app/platform/errors/domain-error';

const badInput = (field: string, rule: string): DomainError => new DomainError('BAD_USER_INPUT', `${field} ${rule}`, { field });

/** Length in characters (code points), so an emoji counts once. */
const length = (value: string): number => [...value].length;

/** A non-blank string of at most `max` characters, trimmed. */
export function requiredText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw badInput(field, 'must not be empty');
  const trimmed = value.trim();
  if (length(trimmed) > max) throw badInput(field, `must be at most ${max} characters (got ${length(trimmed)})`);
  return trimmed;
}

/** Like `requiredText`, but absent or blank is `null`. */
export function optionalText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return null;
  return requiredText(value, field, max);
}

/** An integer from `min` to `max` inclusive. */
export function integerIn(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `must be an integer from ${min} to ${max} (got ${JSON.stringify(value)})`);
  }
  return value;
}

/** One of the listed values. */
export function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value))
    throw badInput(field, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
  return value as T;
}
