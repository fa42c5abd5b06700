import { createHash } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@app/event-store';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { DomainError } from '@app/platform/errors/domain-error';
import type { DeputyDefinition } from '../registry-events';
import { currentReference, registerDeputy } from '../registry-command-support';
import { type DeputyImportOutcome, ImportDeputiesCommand } from './import-deputies.command';

/** The command id of importing one deputy: the same record always has the same id. */
export function deputyImportCommandId(deputy: DeputyDefinition): string {
  const { deputyId, fullName, level, regionCode, district, territoryIds } = deputy;
  const content = JSON.stringify([deputyId, fullName, level, regionCode, district, territoryIds]);
  return `import-deputy-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

/**
 * Row by row, in order (a later row for the same deputy meets the earlier one), against the registry's reference
 * data read once. A refusal is reported, not thrown; anything else (the database gone) stops the import, and
 * running it again goes on where it stopped.
 */
@CommandHandler(ImportDeputiesCommand)
export class ImportDeputiesHandler implements ICommandHandler<ImportDeputiesCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ deputies, context }: ImportDeputiesCommand): Promise<readonly DeputyImportOutcome[]> {
    const reference = await currentReference(this.store);
    const outcomes: DeputyImportOutcome[] = [];
    for (const [row, deputy] of deputies.entries()) {
      const { deputyId } = deputy;
      try {
        const outcome = await registerDeputy(this.store, reference, deputy, { ...context, commandId: deputyImportCommandId(deputy) });
        outcomes.push({ row, deputyId, outcome: outcome.events.length > 0 && !outcome.duplicate ? 'REGISTERED' : 'UNCHANGED' });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const field = typeof error.details.field === 'string' ? error.details.field : null;
        outcomes.push({ row, deputyId, outcome: 'REFUSED', code: error.code, reason: error.message, field });
      }
    }
    return outcomes;
  }
}
