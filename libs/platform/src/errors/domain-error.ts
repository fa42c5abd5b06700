/** The stable error codes clients see in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_STATE' | 'RATE_LIMITED';

/**
 * A broken rule, with its code. Thrown by domain code and guards; mapped to a GraphQL error in one place
 * (`formatGraphQLError`), so resolvers never build error objects themselves.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts, e.g. `{ field: 'subject' }` or `{ status: 'CLOSED' }`. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
