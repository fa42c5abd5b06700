import { nextSort, sortRows } from './sort-rows';

describe('sortRows', () => {
  const rows = [
    { name: 'Борисов', score: 84.1, share: 1 },
    { name: 'Андреева', score: 71.2, share: null },
    { name: 'Кузнецова', score: 85.1, share: 0.98 },
    { name: 'Ёлкина', score: 71.2, share: 0.5 },
  ];

  it('orders numbers both ways, keeping the given order among equals', () => {
    expect(sortRows(rows, (row) => row.score, 'desc').map((row) => row.name)).toEqual(['Кузнецова', 'Борисов', 'Андреева', 'Ёлкина']);
    expect(sortRows(rows, (row) => row.score, 'asc').map((row) => row.name)).toEqual(['Андреева', 'Ёлкина', 'Борисов', 'Кузнецова']);
  });

  it('puts missing values last in either direction', () => {
    expect(sortRows(rows, (row) => row.share, 'asc').map((row) => row.name)).toEqual(['Ёлкина', 'Кузнецова', 'Борисов', 'Андреева']);
    expect(sortRows(rows, (row) => row.share, 'desc').map((row) => row.name)).toEqual(['Борисов', 'Кузнецова', 'Ёлкина', 'Андреева']);
  });

  it('sorts names in Russian alphabetical order (Ё after Е)', () => {
    expect(sortRows(rows, (row) => row.name, 'asc').map((row) => row.name)).toEqual(['Андреева', 'Борисов', 'Ёлкина', 'Кузнецова']);
  });

  it('does not change the rows it was given', () => {
    const copy = [...rows];
    sortRows(rows, (row) => row.score, 'asc');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts a new one in its natural direction', () => {
    expect(nextSort({ key: 'rank', direction: 'asc' }, 'rank', 'asc')).toEqual({ key: 'rank', direction: 'desc' });
    expect(nextSort({ key: 'rank', direction: 'asc' }, 'score', 'desc')).toEqual({ key: 'score', direction: 'desc' });
  });
});
