import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role, Viewer } from './viewer';
import type { TokenVerifier } from '../oidc/token-verifier';
import { DomainError } from '@app/platform';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { TOKEN_VERIFIER } from './tokens';

type Request = { headers: Record<string, string | string[] | undefined>; viewer?: Viewer };
type GraphQLContext = { req: Request; viewer?: Viewer };

/**
 * Every GraphQL operation passes here: it must be `@Public()` or carry a valid access token, and match its
 * `@Roles(...)`. HTTP routes are public (health, sign-in, /dev/token) unless they declare `@Roles(...)`, as the
 * CSV exports do: then they need a bearer token exactly like GraphQL.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    let holder: { viewer?: Viewer; req?: Request };
    if (context.getType<string>() === 'graphql') {
      if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
      holder = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    } else {
      if (!roles) return true;
      holder = context.switchToHttp().getRequest<Request>();
    }
    const headers = (holder.req ?? (holder as Request)).headers;
    const authorization = headers.authorization;
    holder.viewer ??= await this.verifier.verify(Array.isArray(authorization) ? authorization[0] : authorization);
    if (roles && !roles.includes(holder.viewer.role)) {
      throw new DomainError('FORBIDDEN', `This is for ${roles.join(' or ')}; you are signed in as ${holder.viewer.role}`);
    }
    return true;
  }
}
