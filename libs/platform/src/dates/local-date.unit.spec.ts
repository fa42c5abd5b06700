import { parseLocalDate } from './local-date';

describe('parseLocalDate', () => {
  it('takes a calendar day as YYYY-MM-DD, a leap day included', () => {
    expect(parseLocalDate('2026-10-31', 'from')).toBe('2026-10-31');
    expect(parseLocalDate('2024-02-29', 'from')).toBe('2024-02-29');
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-5', '31.10.2026', '2026-10-31T00:00:00Z', ''])(
    'refuses "%s", naming the field and the form',
    (value) => {
      expect(() => parseLocalDate(value, 'asOf')).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          message: `asOf must be a date as YYYY-MM-DD, got "${value}"`,
          details: { field: 'asOf' },
        }),
      );
    },
  );

  it('refuses a year PostgreSQL cannot hold, or earlier than anything here', () => {
    expect(() => parseLocalDate('0000-01-01', 'asOf')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', message: 'asOf must be 1900-01-01 or later, got "0000-01-01"' }),
    );
    expect(parseLocalDate('1900-01-01', 'asOf')).toBe('1900-01-01');
  });
});
