const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'INVALID_STATE', 'RATE_LIMITED'] as const;
/** The stable error codes clients see in `extensions.code`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

const CODES: ReadonlySet<string> = new Set(ERROR_CODES);

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

/**
 * What a client may see of an error: its code, message and details when it is a domain error or another
 * error carrying one of the codes (the vault's, say); `null` for anything else, which stays in the log.
 */
export function clientError(
  error: unknown,
): Readonly<{ code: ErrorCode; message: string; details: Readonly<Record<string, unknown>> }> | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || typeof code !== 'string' || !CODES.has(code)) return null;
  return { code: code as ErrorCode, message: error.message, details: error instanceof DomainError ? error.details : {} };
}
