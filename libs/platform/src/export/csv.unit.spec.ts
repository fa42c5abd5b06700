import { toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  const columns = [
    { header: 'name', value: (row: { name: string | null; n: number | null }) => row.name },
    { header: 'n', value: (row: { name: string | null; n: number | null }) => row.n },
  ];

  it('starts with a byte order mark, quotes what needs quoting and leaves nulls empty', () => {
    const csv = toCsv(
      [
        { name: 'Иванов, Иван "Ваня"', n: 3 },
        { name: null, n: null },
      ],
      columns,
    );
    expect(csv).toBe('\ufeffname,n\n"Иванов, Иван ""Ваня""",3\n,\n');
  });

  it('defuses text a spreadsheet would run as a formula, but not a lone sign or a number', () => {
    const csv = toCsv(
      [
        { name: '=HYPERLINK("http://evil")', n: 1 },
        { name: '@SUM(A1)', n: 2 },
        { name: '-', n: 3 },
        { name: '-12.5', n: 4 },
        { name: '+7 912 000-00-00', n: 5 },
      ],
      columns,
    );
    expect(
      csv
        .split('\n')
        .slice(1, 6)
        .map((line) => line.split(',')[0]),
    ).toEqual(['"\'=HYPERLINK(""http://evil"")"', "'@SUM(A1)", '-', '-12.5', "'+7 912 000-00-00"]);
  });
});
