import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { adminContext } from '../registry-command-support';
import { DefineCategoryCommand } from './define-category.command';
import { DefineCategoryInput } from './define-category.input';

@Resolver()
export class DefineCategoryResolver {
  constructor(private readonly commands: CommandBus) {}

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'Adds or changes a category; returns how many definitions changed (0 if identical)' })
  defineCategory(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineCategoryInput): Promise<number> {
    const { commandId, ...category } = input;
    return this.commands.execute(
      new DefineCategoryCommand(
        {
          ...category,
          parentId: category.parentId ?? null,
          firstResponseTargetHours: category.firstResponseTargetHours ?? null,
          nationalProjectId: category.nationalProjectId ?? null,
          keywords: category.keywords ?? [],
        },
        adminContext(viewer, commandId),
      ),
    );
  }
}
