import { stringify } from 'csv-stringify/sync';

export type CsvColumn<T> = Readonly<{ header: string; value: (row: T) => string | number | boolean | null }>;

// Text starting with one of these is read as a formula by spreadsheet programs (CSV injection); a lone sign
// ("-": no national project) or a plain number is not.
const FORMULA_START = /^[=+\-@\t\r]/;
const HARMLESS = /^[-+]?(\d+([.,]\d+)?)?$/;

/**
 * A CSV document for spreadsheets: RFC 4180 quoting (csv-stringify), a UTF-8 byte order mark so that Excel
 * reads Cyrillic correctly, empty cells for nulls, and text that could run as a formula prefixed with `'`.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const records = rows.map((row) =>
    columns.map((column) => {
      const value = column.value(row);
      if (value === null) return '';
      if (typeof value === 'string' && FORMULA_START.test(value) && !HARMLESS.test(value)) return `'${value}`;
      return value;
    }),
  );
  return `\ufeff${stringify([columns.map((column) => column.header), ...records], { cast: { boolean: (value) => (value ? 'true' : 'false') } })}`;
}

/** The headers of a CSV download. */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'no-store',
  };
}
