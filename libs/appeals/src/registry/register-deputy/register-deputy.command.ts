import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { DeputyDefinition } from '../registry-events';

/** An admin registers a deputy (`registerDeputy`); the result is the deputy's id. */
export class RegisterDeputyCommand extends Command<string> {
  constructor(
    readonly deputy: DeputyDefinition,
    readonly context: CommandContext,
  ) {
    super();
  }
}
