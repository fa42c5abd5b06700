import { ProviderUnreachableError } from '../auth/provider-unreachable-error';

/**
 * What went wrong, in the terms a page can explain: the API's stable `extensions.code` (see
 * libs/platform/src/errors), plus the field of a BAD_USER_INPUT and the status of an INVALID_STATE.
 * Pure, so the mapping is unit-tested; no raw server message ever reaches the page.
 */
export const API_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'RATE_LIMITED',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
/** NETWORK: the server could not be reached; UNKNOWN: anything else (an internal error, a bug). */
export type AppErrorCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export type AppError = Readonly<{
  code: AppErrorCode;
  /** BAD_USER_INPUT: the input field the server refused, e.g. "subject". */
  field?: string;
  /** INVALID_STATE: the appeal's status when the action was refused. */
  status?: string;
}>;

type GraphQLErrorLike = Readonly<{ extensions?: Readonly<Record<string, unknown>> }>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isApiCode = (code: unknown): code is ApiErrorCode => (API_ERROR_CODES as readonly unknown[]).includes(code);

/** The GraphQL errors of an Apollo `CombinedGraphQLErrors` (or any `{ errors: [...] }`), else null. */
function graphQLErrors(error: unknown): readonly GraphQLErrorLike[] | null {
  if (!isObject(error) || !Array.isArray(error.errors)) return null;
  return error.errors.filter(isObject);
}

/** Turns whatever a query or mutation failed with into an `AppError`. */
export function toAppError(error: unknown): AppError {
  const errors = graphQLErrors(error);
  if (errors) {
    const known = errors.find((candidate) => isApiCode(candidate.extensions?.code));
    if (!known) return { code: 'UNKNOWN' };
    const extensions = known.extensions ?? {};
    const code = extensions.code as ApiErrorCode;
    return {
      code,
      ...(typeof extensions.field === 'string' ? { field: extensions.field } : {}),
      ...(typeof extensions.status === 'string' ? { status: extensions.status } : {}),
    };
  }
  // The access token ran out and the identity provider did not answer the renewal (thrown by the auth link).
  if (error instanceof ProviderUnreachableError) return { code: 'NETWORK' };
  // Apollo's ServerError / ServerParseError, or fetch's TypeError: the request did not get a GraphQL answer.
  if (isObject(error) && (error.name === 'ServerError' || error.name === 'ServerParseError' || error.name === 'TypeError')) {
    const status = typeof error.statusCode === 'number' ? error.statusCode : 0;
    if (status === 401) return { code: 'UNAUTHENTICATED' };
    if (status === 429) return { code: 'RATE_LIMITED' };
    return { code: status >= 500 && status !== 502 && status !== 503 && status !== 504 ? 'UNKNOWN' : 'NETWORK' };
  }
  return { code: 'UNKNOWN' };
}

/** A machine-readable fact the API's error gave beside its code (`extensions[key]`), e.g. the photos a submission could not take. */
export function errorExtension(error: unknown, key: string): unknown {
  return (graphQLErrors(error) ?? []).find((candidate) => isApiCode(candidate.extensions?.code))?.extensions?.[key];
}

/** True when any GraphQL error of `error` carries this code. */
export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return (graphQLErrors(error) ?? []).some((candidate) => candidate.extensions?.code === code);
}
