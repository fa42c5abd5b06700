import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';

/** An admin gives a deputy's record the "verified" mark (`verifyDeputy`), dated when issued; the result is the deputy's id. */
export class VerifyDeputyCommand extends Command<string> {
  constructor(
    readonly deputyId: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
