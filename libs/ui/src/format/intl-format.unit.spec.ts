import { formatCount, formatDay, formatDecimal, intlLocale } from './intl-format';

const RU = intlLocale('ru');
const EN = intlLocale('en');
const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('numbers and dates in the page language', () => {
  it('writes decimals and counts the Russian or the English way', () => {
    expect(formatDecimal(4.08, RU)).toBe('4,1');
    expect(formatDecimal(4.08, EN)).toBe('4.1');
    expect(formatDecimal(84, RU)).toBe('84,0');
    expect(formatDecimal(84.4, EN, 0)).toBe('84');
    expect(nbsp(formatCount(12345, RU))).toBe('12 345');
    expect(formatCount(12345, EN)).toBe('12,345');
  });

  it('writes a calendar date as that day, whatever the time zone', () => {
    expect(nbsp(formatDay('2026-11-01', RU))).toBe('1 ноября 2026 г.');
    expect(formatDay('2026-11-01', EN)).toBe('1 November 2026');
  });

  it('falls back to Russian for a language it does not know', () => {
    expect(intlLocale('de')).toBe('ru-RU');
  });
});
