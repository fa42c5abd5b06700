import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { executeCommand } from '@app/platform/event-sourcing/command-executor';
import { deputyDecider } from '../deputy-decider';
import { registryStreams } from '../registry-events';
import { VerifyDeputyCommand } from './verify-deputy.command';

/** Verified at the moment the command was issued; verifying again records nothing. */
@CommandHandler(VerifyDeputyCommand)
export class VerifyDeputyHandler implements ICommandHandler<VerifyDeputyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ deputyId, context }: VerifyDeputyCommand): Promise<string> {
    const command = { type: 'VerifyDeputy', deputyId, at: context.occurredAt } as const;
    await executeCommand(this.store, registryStreams.deputy(deputyId), deputyDecider, command, context);
    return deputyId;
  }
}
