import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { DefineReferenceData } from '../reference-decider';

/**
 * Several reference definitions at once (the reference data shipped with a version, at start-up). The result
 * is how many definitions changed: 0 when the registry already has them all.
 */
export class DefineReferenceDataCommand extends Command<number> {
  constructor(
    readonly data: DefineReferenceData,
    readonly context: CommandContext,
  ) {
    super();
  }
}
