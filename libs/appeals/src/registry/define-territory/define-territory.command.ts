import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { Territory } from '../reference-data';

/** An admin adds or changes a territory (`defineTerritory`); the result is how many definitions changed (0 if identical). */
export class DefineTerritoryCommand extends Command<number> {
  constructor(
    readonly territory: Territory,
    readonly context: CommandContext,
  ) {
    super();
  }
}
