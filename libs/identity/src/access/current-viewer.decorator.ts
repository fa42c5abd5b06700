import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from './viewer';

/** The signed-in viewer that the auth guard put on the GraphQL context (or on the request of an HTTP route). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ viewer: Viewer }>().viewer;
  return context.switchToHttp().getRequest<{ viewer: Viewer }>().viewer;
});
