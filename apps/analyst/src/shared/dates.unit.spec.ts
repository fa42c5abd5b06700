import {
  addDays,
  asOfProblem,
  daysBetween,
  defaultRange,
  endOfMonth,
  isIsoDate,
  localToday,
  rangeProblems,
  startOfMonthBefore,
} from './dates';

describe('dates of the analyst forms', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it("takes today from the browser's own calendar, not UTC", () => {
    expect(localToday(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('counts days and months across year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(startOfMonthBefore('2026-03-31', 11)).toBe('2025-04-01');
    expect(startOfMonthBefore('2026-03-31', 0)).toBe('2026-03-01');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
  });

  it('defaults the analytics period to the last twelve months, this one included', () => {
    expect(defaultRange('2026-11-23')).toEqual({ from: '2025-12-01', to: '2026-11-23' });
  });

  it('refuses an empty, malformed or future asOf', () => {
    expect(asOfProblem('', '2026-11-23')).toBe('required');
    expect(asOfProblem('2026-11-31', '2026-11-23')).toBe('invalid');
    expect(asOfProblem('2026-11-24', '2026-11-23')).toBe('future');
    expect(asOfProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(asOfProblem('2020-01-01', '2026-11-23')).toBeNull();
  });

  it('refuses a period that ends before it starts or spans three years or more, as the API does', () => {
    expect(rangeProblems('', '2026-01-01')).toEqual({ from: 'required', to: null });
    expect(rangeProblems('2026-01-01', '2026-02-30')).toEqual({ from: null, to: 'invalid' });
    expect(rangeProblems('2026-02-01', '2026-01-31')).toEqual({ from: 'fromAfterTo', to: null });
    expect(rangeProblems('2026-01-01', '2026-01-01')).toEqual({ from: null, to: null });
    // 1097 days apart is the longest the API takes (MAX_DAYS = 1098 in libs/analytics).
    expect(rangeProblems('2024-01-01', addDays('2024-01-01', 1097))).toEqual({ from: null, to: null });
    expect(rangeProblems('2024-01-01', addDays('2024-01-01', 1098))).toEqual({ from: null, to: 'tooLong' });
  });
});
