import type { GraphQLFormattedError } from 'graphql';
import { clientError } from '../errors/domain-error';
/** Errors GraphQL itself raises for a malformed request: their messages are meant for the client. */
const REQUEST_ERRORS: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become what clients see: a domain error keeps its code, message and details;
 * a request error from GraphQL keeps its message; anything else is an internal error whose message and
 * stack stay in the server log, never in the response.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown, log: (error: unknown) => void): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const known = clientError(original);
  if (known)
    return {
      message: known.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: known.code, ...known.details },
    };
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : '';
  if (REQUEST_ERRORS.has(code)) return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  log(original);
  return {
    message: 'Внутренняя ошибка сервера. Internal server error.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
