import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import type { ErrorCode } from '@app/platform/errors/domain-error';
import type { DeputyDefinition } from '../registry-events';

/** What became of one row of an import; `row` is its position in the list (from 0). */
export type DeputyImportOutcome = Readonly<{ row: number; deputyId: string; outcome: 'REGISTERED' | 'UNCHANGED' }> | RefusedDeputyRow;

/** A row that broke a rule: the error's code, its message as the reason, and the field it names, if any. */
export type RefusedDeputyRow = Readonly<{
  row: number;
  deputyId: string;
  outcome: 'REFUSED';
  code: ErrorCode;
  reason: string;
  field: string | null;
}>;

export const isRefused = (row: DeputyImportOutcome): row is RefusedDeputyRow => row.outcome === 'REFUSED';

/**
 * Registers a list of deputies (already parsed: the demo accounts' deputies at start-up, later an uploaded
 * file). Each row is its own command whose id derives from the row's content, so importing the same list
 * again records nothing; a row that breaks a rule is refused with the reason and the others go on.
 */
export class ImportDeputiesCommand extends Command<readonly DeputyImportOutcome[]> {
  constructor(
    readonly deputies: readonly DeputyDefinition[],
    /** Who imports, and when; each row's commandId is derived from the row. */
    readonly context: Omit<CommandContext, 'commandId'>,
  ) {
    super();
  }
}
