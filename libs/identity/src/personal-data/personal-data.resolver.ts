import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '@app/platform';
import { Roles } from '../access/access.decorators';
import { CurrentViewer } from '../access/current-viewer.decorator';
import type { Viewer } from '../access/viewer';
import { PiiAccessLog } from '../pii-vault/access-log';
import { PiiVault } from '../pii-vault/pii-vault';
import { EraseMyPersonalDataInput, MyPersonalData, UpdateMyPersonalDataInput } from './personal-data.types';

/** A voter's own personal data: see it, with who read it; change it; erase it (152-ФЗ). */
@Resolver(() => MyPersonalData)
export class PersonalDataResolver {
  constructor(
    private readonly vault: PiiVault,
    private readonly accessLog: PiiAccessLog,
  ) {}

  @Roles('VOTER')
  @Query(() => MyPersonalData, { description: 'Your name, contact and address as stored, and who has read them' })
  async myPersonalData(@CurrentViewer() viewer: Viewer): Promise<MyPersonalData> {
    return this.view(viewer);
  }

  @Roles('VOTER')
  @Mutation(() => MyPersonalData)
  async updateMyPersonalData(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMyPersonalDataInput): Promise<MyPersonalData> {
    await this.vault.save(viewer.id, { name: input.name, contact: input.contact ?? null, postalAddress: input.postalAddress ?? null });
    return this.view(viewer);
  }

  @Roles('VOTER')
  @Mutation(() => MyPersonalData, {
    description:
      'Destroys the key of your personal data. Your appeals stay with the deputy, signed "personal data erased"; ratings do not change.',
  })
  async eraseMyPersonalData(@CurrentViewer() viewer: Viewer, @Args('input') input: EraseMyPersonalDataInput): Promise<MyPersonalData> {
    if (input.confirm !== true) {
      throw new DomainError('BAD_USER_INPUT', 'Set confirm: true to erase your personal data; it cannot be undone', { field: 'confirm' });
    }
    await this.vault.erase(viewer.id); // idempotent: repeating the request (same or new commandId) changes nothing
    return this.view(viewer);
  }

  private async view(viewer: Viewer): Promise<MyPersonalData> {
    const [data, accessLog] = await Promise.all([
      this.vault.read(viewer.id, { readerId: viewer.id, role: viewer.role, purpose: 'own data' }),
      this.accessLog.entries(viewer.id),
    ]);
    const erased = data !== null && 'erased' in data;
    const fields = data && !('erased' in data) ? data : null;
    return {
      erased,
      name: fields?.name ?? null,
      contact: fields?.contact ?? null,
      postalAddress: fields?.postalAddress ?? null,
      accessLog: accessLog.map(({ readerRole, purpose, appealId, accessedAt }) => ({ readerRole, purpose, appealId, accessedAt })),
    };
  }
}
