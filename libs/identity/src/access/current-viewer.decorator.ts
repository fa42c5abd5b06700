import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Viewer } from './viewer';

/** The signed-in viewer that the auth guard put on the GraphQL context. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  return GqlExecutionContext.create(context).getContext<{ viewer: Viewer }>().viewer;
});
