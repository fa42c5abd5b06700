import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { clientError, type ErrorCode } from '../errors/domain-error';

/** HTTP statuses of the domain error codes, for the few plain HTTP routes (CSV exports). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  RATE_LIMITED: 429,
};

type Reply = { status(code: number): Reply; header(name: string, value: string): Reply; send(body: unknown): void };

/**
 * The HTTP counterpart of `formatGraphQLError`: a domain error becomes its status with `{ code, message,
 * ...details }`; anything else is a 500 whose details stay in the log.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<Reply>();
    const known = clientError(error);
    if (known) {
      // RFC 6750: a 401 says which scheme to use.
      if (known.code === 'UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer');
      reply
        .status(HTTP_STATUS[known.code])
        .header('content-type', 'application/json; charset=utf-8')
        .send({ code: known.code, message: known.message, ...known.details });
      return;
    }
    if (error instanceof HttpException) {
      reply.status(error.getStatus()).send(error.getResponse());
      return;
    }
    this.logger.error(error);
    reply.status(500).send({ code: 'INTERNAL_SERVER_ERROR', message: 'Внутренняя ошибка сервера. Internal server error.' });
  }
}
