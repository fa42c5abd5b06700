import { DomainError } from '../errors/domain-error';
import { formatGraphQLError } from './format-graphql-error';

describe('formatGraphQLError', () => {
  const formatted = {
    message: 'raw',
    path: ['appeal'],
    locations: [{ line: 1, column: 3 }],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
  };

  it('keeps a domain error’s code, message and details', () => {
    const error = { originalError: new DomainError('INVALID_STATE', 'The appeal is already answered', { status: 'ANSWERED' }) };
    expect(formatGraphQLError(formatted, error, () => undefined)).toEqual({
      message: 'The appeal is already answered',
      path: ['appeal'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INVALID_STATE', status: 'ANSWERED' },
    });
  });

  it('maps any error that carries a known code, e.g. from the personal data vault', () => {
    const error = Object.assign(new Error('Personal data of this voter was erased'), { code: 'INVALID_STATE' });
    expect(formatGraphQLError(formatted, { originalError: error }, () => undefined).extensions).toEqual({ code: 'INVALID_STATE' });
  });

  it('hides anything else behind a plain message, logging the original', () => {
    const logged: unknown[] = [];
    const crash = new TypeError("Cannot read properties of undefined (reading 'id')");
    const result = formatGraphQLError(formatted, { originalError: crash }, (e) => logged.push(e));
    expect(result).toEqual({
      message: 'Внутренняя ошибка сервера. Internal server error.',
      path: ['appeal'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('secret.ts');
    expect(logged).toEqual([crash]);
  });

  it('passes on what GraphQL says about a malformed request', () => {
    const invalid = { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(formatGraphQLError(invalid, new Error('x'), () => undefined)).toEqual({ ...invalid, locations: undefined });
  });
});
