import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { currentReference, registerDeputy } from '../registry-command-support';
import { RegisterDeputyCommand } from './register-deputy.command';

/** Checks the deputy's region and territories against the registry, then records the registration. */
@CommandHandler(RegisterDeputyCommand)
export class RegisterDeputyHandler implements ICommandHandler<RegisterDeputyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ deputy, context }: RegisterDeputyCommand): Promise<string> {
    await registerDeputy(this.store, await currentReference(this.store), deputy, context);
    return deputy.deputyId;
  }
}
