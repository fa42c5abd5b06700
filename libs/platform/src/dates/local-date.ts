import { DomainError } from '../errors/domain-error';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EARLIEST = '1900-01-01';

/**
 * A calendar date given as YYYY-MM-DD (a day, in no time zone yet), returned as given; anything else,
 * `2026-02-30` included, is BAD_USER_INPUT naming `field` and the expected form.
 */
export function parseLocalDate(value: string, field: string): string {
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2026-02-30 over to March 2: a real day prints back as itself.
  if (!LOCAL_DATE.test(value) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a date as YYYY-MM-DD, got "${value}"`, { field });
  }
  // PostgreSQL has no year 0, and nothing here is older than this.
  if (value < EARLIEST) throw new DomainError('BAD_USER_INPUT', `${field} must be ${EARLIEST} or later, got "${value}"`, { field });
  return value;
}
