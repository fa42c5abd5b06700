import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import type { TerritoryKind } from '../reference-data';
import { adminContext } from '../registry-command-support';
import { DefineTerritoryCommand } from './define-territory.command';
import { DefineTerritoryInput } from './define-territory.input';

const KINDS: readonly TerritoryKind[] = ['MUNICIPALITY', 'ADMINISTRATIVE_OKRUG'];
const isKind = (kind: string): kind is TerritoryKind => (KINDS as readonly string[]).includes(kind);

@Resolver()
export class DefineTerritoryResolver {
  constructor(private readonly commands: CommandBus) {}

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'Adds or changes a territory; returns how many definitions changed (0 if identical)' })
  async defineTerritory(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineTerritoryInput): Promise<number> {
    const { commandId, kind, ...territory } = input;
    if (!isKind(kind)) throw new DomainError('BAD_USER_INPUT', 'kind must be MUNICIPALITY or ADMINISTRATIVE_OKRUG', { field: 'kind' });
    return this.commands.execute(new DefineTerritoryCommand({ ...territory, kind }, adminContext(viewer, commandId)));
  }
}
