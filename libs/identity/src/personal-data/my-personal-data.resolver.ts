import { Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { CurrentViewer } from '../access/current-viewer.decorator';
import type { Viewer } from '../access/viewer';
import { MyPersonalDataView } from './my-personal-data';
import { MyPersonalData } from './personal-data.types';

/** A voter's own personal data: see it, with who read it (changing and erasing it are use cases of their own). */
@Resolver(() => MyPersonalData)
export class MyPersonalDataResolver {
  constructor(private readonly view: MyPersonalDataView) {}

  @Roles('VOTER')
  @Query(() => MyPersonalData, { description: 'Your name, contact and address as stored, and who has read them' })
  myPersonalData(@CurrentViewer() viewer: Viewer): Promise<MyPersonalData> {
    return this.view.read(viewer);
  }
}
