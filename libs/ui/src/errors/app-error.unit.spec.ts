import { ProviderUnreachableError } from '../auth/provider-unreachable-error';
import { errorExtension, hasErrorCode, toAppError } from './app-error';

describe('toAppError', () => {
  const graphQL = (...extensions: Array<Record<string, unknown>>) => ({
    name: 'CombinedGraphQLErrors',
    errors: extensions.map((e) => ({ message: 'raw', extensions: e })),
  });

  it('keeps the code and the refused field of a BAD_USER_INPUT', () => {
    expect(toAppError(graphQL({ code: 'BAD_USER_INPUT', field: 'subject' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'subject' });
  });

  it('keeps the status of an INVALID_STATE', () => {
    expect(toAppError(graphQL({ code: 'INVALID_STATE', status: 'CLOSED' }))).toEqual({ code: 'INVALID_STATE', status: 'CLOSED' });
  });

  it('takes the first error with a code the API documents', () => {
    expect(toAppError(graphQL({ code: 'GRAPHQL_VALIDATION_FAILED' }, { code: 'NOT_FOUND' }))).toEqual({ code: 'NOT_FOUND' });
  });

  it('hides internal and request errors behind UNKNOWN', () => {
    expect(toAppError(graphQL({ code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] }))).toEqual({ code: 'UNKNOWN' });
    expect(toAppError(new Error('boom'))).toEqual({ code: 'UNKNOWN' });
    expect(toAppError(undefined)).toEqual({ code: 'UNKNOWN' });
  });

  it('tells an unreachable server from a failing one', () => {
    expect(toAppError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK' });
    expect(toAppError({ name: 'ServerError', statusCode: 502 })).toEqual({ code: 'NETWORK' });
    expect(toAppError({ name: 'ServerError', statusCode: 500 })).toEqual({ code: 'UNKNOWN' });
    expect(toAppError({ name: 'ServerError', statusCode: 401 })).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('says the server cannot be reached when the sign-in could not be renewed for a request', () => {
    expect(toAppError(new ProviderUnreachableError())).toEqual({ code: 'NETWORK' });
  });

  it('finds a code among several errors', () => {
    expect(hasErrorCode(graphQL({ code: 'NOT_FOUND' }, { code: 'UNAUTHENTICATED' }), 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(new Error('x'), 'UNAUTHENTICATED')).toBe(false);
  });

  it('gives a fact of the API error beside its code, and nothing of other errors', () => {
    expect(errorExtension(graphQL({ code: 'BAD_USER_INPUT', field: 'attachmentIds', attachmentIds: ['p1'] }), 'attachmentIds')).toEqual([
      'p1',
    ]);
    expect(errorExtension(graphQL({ code: 'INTERNAL_SERVER_ERROR', attachmentIds: ['p1'] }), 'attachmentIds')).toBeUndefined();
    expect(errorExtension(new Error('x'), 'attachmentIds')).toBeUndefined();
  });
});
