import { Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@app/identity/access/viewer';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import { type RoleEnum, ViewerType } from './viewer.types';

@Resolver(() => ViewerType)
export class MeResolver {
  @Query(() => ViewerType, { description: 'Who is signed in, with their role and scope' })
  me(@CurrentViewer() viewer: Viewer): ViewerType {
    return { ...viewer, role: viewer.role as RoleEnum, regions: [...viewer.regions] };
  }
}
