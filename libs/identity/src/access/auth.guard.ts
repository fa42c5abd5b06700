import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role, Viewer } from './viewer';
import type { TokenVerifier } from '../oidc/token-verifier';
import { DomainError } from '@app/platform';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorators';
import { TOKEN_VERIFIER } from './tokens';

type GraphQLContext = { req: { headers: Record<string, string | undefined> }; viewer?: Viewer };

/**
 * Every GraphQL operation passes here: it must be `@Public()` or carry a valid access token, and match its
 * `@Roles(...)`. HTTP routes (health, sign-in, /dev/token) are public by their nature and skip it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const graphql = GqlExecutionContext.create(context).getContext<GraphQLContext>();
    graphql.viewer ??= await this.verifier.verify(graphql.req.headers.authorization);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(graphql.viewer.role)) {
      throw new DomainError('FORBIDDEN', `This is for ${roles.join(' or ')}; you are signed in as ${graphql.viewer.role}`);
    }
    return true;
  }
}
