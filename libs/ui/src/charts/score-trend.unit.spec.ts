import { describeTrend, trendDomain } from './score-trend';

describe('score trend', () => {
  it('frames the scores in whole tens with some room, inside 0–100', () => {
    expect(trendDomain([83.4, 85.8, 85.2])).toEqual([70, 100]);
    expect(trendDomain([52.1, 61])).toEqual([40, 70]);
    expect(trendDomain([2, 3])).toEqual([0, 20]);
    expect(trendDomain([99, 98])).toEqual([80, 100]);
    expect(trendDomain([])).toEqual([0, 100]);
  });

  it('finds the change, the best and the worst month', () => {
    const row = (month: string, score: number) => ({ month, score, ranked: true, rank: 1, answered: 10 });
    const rows = [row('2026-01', 70), row('2026-02', 82.25), row('2026-03', 65), row('2026-04', 74.4)];
    expect(describeTrend(rows)).toEqual({ first: rows[0], last: rows[3], change: 4.4, best: rows[1], worst: rows[2] });
    expect(describeTrend([])).toBeNull();
  });
});
