import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { referenceDecider } from '../reference-decider';
import { registryStreams } from '../registry-events';
import { DefineTerritoryCommand } from './define-territory.command';

/** One territory through the reference decider, which checks its id, names and region. */
@CommandHandler(DefineTerritoryCommand)
export class DefineTerritoryHandler implements ICommandHandler<DefineTerritoryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ territory, context }: DefineTerritoryCommand): Promise<number> {
    const outcome = await executeCommand(this.store, registryStreams.reference, referenceDecider, { territories: [territory] }, context);
    return outcome.events.length;
  }
}
