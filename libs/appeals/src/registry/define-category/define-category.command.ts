import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { CategoryDefinition } from '../registry-events';

/** An admin adds or changes a category (`defineCategory`); the result is how many definitions changed (0 if identical). */
export class DefineCategoryCommand extends Command<number> {
  constructor(
    readonly category: CategoryDefinition,
    readonly context: CommandContext,
  ) {
    super();
  }
}
