import { Command } from '@nestjs/cqrs';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { CloseAppeal } from '../domain';

/** The deadline process manager closes an answered appeal left without feedback for 30 days. */
export class CloseAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly data: CloseAppeal['data'],
    /** The process manager as actor (`system:<process>`), and a fresh command id. */
    readonly metadata: CloseAppeal['metadata'],
  ) {
    super();
  }
}
