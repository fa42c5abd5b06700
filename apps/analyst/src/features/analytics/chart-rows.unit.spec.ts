import { type AnalyticsCell, periodLabel, summarizeRows, toChartRows } from './chart-rows';

const figures = { answered: 1, resolved: 1, overdue: 0, backlog: 0, medianResponseHours: 12, satisfaction: 4, feedback: 1 };
const shown = (key: string, submitted: number, extra: Partial<AnalyticsCell> = {}): AnalyticsCell => ({
  key,
  nameRu: key,
  nameEn: key,
  suppressed: false,
  submitted,
  ...figures,
  ...extra,
});
const hidden = (key: string): AnalyticsCell => ({
  key,
  nameRu: key,
  nameEn: key,
  suppressed: true,
  submitted: null,
  answered: null,
  resolved: null,
  overdue: null,
  backlog: null,
  medianResponseHours: null,
  satisfaction: null,
  feedback: null,
});
const nbsp = (text: string) => text.replace(/\u00a0|\u202f|\u2009/g, ' ');

describe('analytics chart rows', () => {
  it('never turns a suppressed cell into a zero', () => {
    const rows = toChartRows([shown('roads', 12), hidden('school'), shown('parks', 0)], 'submitted', (cell) => cell.key, 'time');
    expect(rows).toEqual([
      { key: 'roads', label: 'roads', value: 12, suppressed: false },
      { key: 'school', label: 'school', value: null, suppressed: true },
      { key: 'parks', label: 'parks', value: 0, suppressed: false },
    ]);
  });

  it('keeps time series in period order and puts categories largest first, hidden ones last', () => {
    const cells = [shown('a', 5), hidden('b'), shown('c', 30), shown('d', 5, { medianResponseHours: null }), shown('e', 7)];
    expect(toChartRows(cells, 'submitted', (cell) => cell.key, 'time').map((row) => row.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(toChartRows(cells, 'submitted', (cell) => cell.key, 'largestFirst').map((row) => row.key)).toEqual(['c', 'e', 'a', 'd', 'b']);
    // A median of nothing is no figure, but not hidden: before the hidden cells.
    expect(toChartRows(cells, 'medianResponseHours', (cell) => cell.key, 'largestFirst').map((row) => [row.key, row.value])).toEqual([
      ['a', 12],
      ['c', 12],
      ['e', 12],
      ['d', null],
      ['b', null],
    ]);
  });

  it('summarises the rows for the text alternative', () => {
    const rows = toChartRows([shown('a', 5), hidden('b'), shown('c', 30), hidden('d')], 'submitted', (cell) => cell.key, 'time');
    expect(summarizeRows(rows)).toEqual({ shown: 2, suppressed: 2, highest: rows[2], lowest: rows[0], empty: false });
    expect(summarizeRows(toChartRows([shown('a', 0), hidden('b')], 'submitted', (cell) => cell.key, 'time')).empty).toBe(true);
    expect(summarizeRows([])).toEqual({ shown: 0, suppressed: 0, highest: null, lowest: null, empty: true });
  });
});

describe('periodLabel', () => {
  it('names days, Monday-to-Sunday weeks and months in the page language', () => {
    expect(nbsp(periodLabel('2026-11-17', 'DAY', 'ru-RU'))).toBe('17 нояб.');
    expect(nbsp(periodLabel('2026-11-16', 'WEEK', 'ru-RU'))).toBe('16–22 нояб.');
    expect(nbsp(periodLabel('2026-11-30', 'WEEK', 'en-GB'))).toBe('30 Nov – 6 Dec');
    expect(periodLabel('2026-11-01', 'MONTH', 'ru-RU')).toBe('нояб. 2026');
    expect(periodLabel('2026-11-01', 'MONTH', 'en-GB')).toBe('Nov 2026');
    expect(nbsp(periodLabel('2026-11-17', 'DAY', 'en-GB', true))).toBe('17 Nov 2026');
    // With the year, without the Russian "г." after it.
    expect(nbsp(periodLabel('2026-11-17', 'DAY', 'ru-RU', true))).toBe('17 нояб. 2026');
    expect(nbsp(periodLabel('2026-01-05', 'WEEK', 'ru-RU', true))).toBe('5–11 янв. 2026');
    expect(nbsp(periodLabel('2025-12-29', 'WEEK', 'ru-RU', true))).toBe('29 дек. 2025 – 4 янв. 2026');
  });
});
