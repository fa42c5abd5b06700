import { intlLocale } from '@app/ui/format/intl-format';
import { formatMean, formatPercent, formatRate, rawSatisfaction, scoreBarWidth } from './figures';

const RU = intlLocale('ru');
const EN = intlLocale('en');
const nbsp = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('figures of the analyst pages', () => {
  it('writes a share with its 95% interval in whole percents', () => {
    const rate = { successes: 18, total: 20, rate: 0.9, interval: { low: 0.699, high: 0.972 } };
    expect(formatRate(rate, EN)).toEqual({ value: '90%', interval: '70–97', text: '90% (70–97)' });
    expect(nbsp(formatRate(rate, RU)!.text)).toBe('90 % (70–97)');
  });

  it('keeps the ends of the scale: 0 of n and n of n', () => {
    expect(formatRate({ successes: 0, total: 12, rate: 0, interval: { low: 0, high: 0.2425 } }, EN)?.text).toBe('0% (0–24)');
    expect(formatRate({ successes: 26, total: 26, rate: 1, interval: { low: 0.8713, high: 1 } }, EN)?.text).toBe('100% (87–100)');
  });

  it('says nothing rather than 0% when there was nothing to count', () => {
    expect(formatRate({ successes: 0, total: 0, rate: null, interval: null }, EN)).toBeNull();
  });

  it('writes percents and means in the page language', () => {
    expect(nbsp(formatPercent(0.825, RU))).toBe('83 %');
    expect(formatMean({ count: 45, mean: 4.09, shrunk: 3.9734, interval: { low: 3.6485, high: 4.2984 } }, RU)).toEqual({
      value: '4,0',
      interval: '3,6–4,3',
      text: '4,0 (3,6–4,3)',
    });
  });

  it("averages the voters' three scores, or gives null without feedback", () => {
    const mean = (value: number | null, count: number) => ({ count, mean: value, shrunk: 3, interval: { low: 2, high: 4 } });
    expect(rawSatisfaction([mean(4, 10), mean(3.5, 10), mean(4.5, 10)])).toBeCloseTo(4, 10);
    expect(rawSatisfaction([mean(null, 0), mean(null, 0), mean(null, 0)])).toBeNull();
  });

  it('keeps score bars inside their track', () => {
    expect(scoreBarWidth(85.1)).toBe(85.1);
    expect(scoreBarWidth(-1)).toBe(0);
    expect(scoreBarWidth(120)).toBe(100);
  });
});
