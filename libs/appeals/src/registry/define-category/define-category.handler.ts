import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { referenceDecider } from '../reference-decider';
import { registryStreams } from '../registry-events';
import { DefineCategoryCommand } from './define-category.command';

/** One category through the reference decider, which checks its id, names, parent, national project and target. */
@CommandHandler(DefineCategoryCommand)
export class DefineCategoryHandler implements ICommandHandler<DefineCategoryCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ category, context }: DefineCategoryCommand): Promise<number> {
    const outcome = await executeCommand(this.store, registryStreams.reference, referenceDecider, { categories: [category] }, context);
    return outcome.events.length;
  }
}
