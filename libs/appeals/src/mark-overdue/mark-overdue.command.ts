import { Command } from '@nestjs/cqrs';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { MarkOverdue } from '../domain';

/** The deadline process manager marks a missed deadline (first response or answer) of an appeal. */
export class MarkOverdueCommand extends Command<AppealOutcome> {
  constructor(
    readonly data: MarkOverdue['data'],
    /** The process manager as actor (`system:<process>`), and a fresh command id. */
    readonly metadata: MarkOverdue['metadata'],
  ) {
    super();
  }
}
