import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { referenceDecider } from '../reference-decider';
import { registryStreams } from '../registry-events';
import { DefineReferenceDataCommand } from './define-reference-data.command';

/** Records the definitions that differ from the registry's (the reference decider drops the identical ones). */
@CommandHandler(DefineReferenceDataCommand)
export class DefineReferenceDataHandler implements ICommandHandler<DefineReferenceDataCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ data, context }: DefineReferenceDataCommand): Promise<number> {
    const outcome = await executeCommand(this.store, registryStreams.reference, referenceDecider, data, context);
    return outcome.events.length;
  }
}
