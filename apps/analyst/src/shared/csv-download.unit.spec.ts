import { exportError, exportUrl, filenameFromContentDisposition } from './csv-download';

describe('CSV downloads', () => {
  it("saves the file under the server's name", () => {
    expect(filenameFromContentDisposition('attachment; filename="deputy-ratings-66-2026-11-23.csv"', 'x.csv')).toBe(
      'deputy-ratings-66-2026-11-23.csv',
    );
    expect(filenameFromContentDisposition('attachment; filename=regions.csv', 'x.csv')).toBe('regions.csv');
    expect(
      filenameFromContentDisposition(
        'attachment; filename="a.csv"; filename*=UTF-8\'\'%D1%80%D0%B5%D0%B9%D1%82%D0%B8%D0%BD%D0%B3.csv',
        'x.csv',
      ),
    ).toBe('рейтинг.csv');
  });

  it('falls back to its own name when the header is missing or names a path', () => {
    expect(filenameFromContentDisposition(null, 'x.csv')).toBe('x.csv');
    expect(filenameFromContentDisposition('attachment', 'x.csv')).toBe('x.csv');
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"', 'x.csv')).toBe('passwd');
    expect(filenameFromContentDisposition('attachment; filename=".."', 'x.csv')).toBe('x.csv');
  });

  it("turns the API's JSON error into the code the pages explain, keeping the refused field", () => {
    expect(exportError(400, { code: 'BAD_USER_INPUT', message: 'asOf 2030-01-01 is in the future', field: 'asOf' })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'asOf',
    });
    expect(exportError(403, { code: 'FORBIDDEN', message: 'x' })).toEqual({ code: 'FORBIDDEN' });
    expect(exportError(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' })).toEqual({ code: 'UNKNOWN' });
    expect(exportError(401, null)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(exportError(502, null)).toEqual({ code: 'NETWORK' });
  });

  it('leaves empty parameters out of the address', () => {
    expect(exportUrl('/export/deputy-ratings.csv', { regionCode: '66', asOf: null })).toBe('/export/deputy-ratings.csv?regionCode=66');
    expect(exportUrl('/export/regions-overview.csv', {})).toBe('/export/regions-overview.csv');
  });
});
