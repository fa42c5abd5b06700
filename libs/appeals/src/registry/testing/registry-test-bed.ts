import { randomUUID } from 'node:crypto';
import { CommandBus, CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import type { Viewer } from '@app/identity/access/viewer';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import { EVENT_STORE } from '@app/platform/nest/tokens';
import { openReadModelHarness, type ReadModelHarness } from '@test/read-model-harness';
import { DefineCategoryHandler } from '../define-category/define-category.handler';
import { DefineReferenceDataCommand } from '../define-reference-data/define-reference-data.command';
import { DefineReferenceDataHandler } from '../define-reference-data/define-reference-data.handler';
import { shippedReferenceData } from '../define-reference-data/shipped-reference-data';
import { DefineTerritoryHandler } from '../define-territory/define-territory.handler';
import { ImportDeputiesHandler } from '../import-deputies/import-deputies.handler';
import { RegistryReadModel1763900200000 } from '../read-model/1763900200000-registry-read-model';
import { RegistryProjection } from '../read-model/registry.projection';
import { RegisterDeputyHandler } from '../register-deputy/register-deputy.handler';
import { RegistryQueries } from '../registry-queries';
import { SetRoutingRuleHandler } from '../set-routing-rule/set-routing-rule.handler';
import { VerifyDeputyHandler } from '../verify-deputy/verify-deputy.handler';

/** The registry's handlers behind the real CommandBus of a Nest testing module, on a fresh database with the registry read model. */
export type RegistryTestBed = Readonly<{
  harness: ReadModelHarness;
  commands: CommandBus;
  queries: RegistryQueries;
  admin: Viewer;
  /** A context with a new command id. */
  context(commandId?: string): CommandContext;
  /** The read model once the projection has applied everything recorded so far. */
  caughtUp(): Promise<RegistryQueries>;
  close(): Promise<void>;
}>;

export const ADMIN: Viewer = { id: 'admin:1', role: 'ADMIN', name: null, deputyId: null, regions: [] };

/** Opens the test bed; with `referenceData` (the default) the shipped reference data is defined first. */
export async function openRegistryTestBed(label: string, { referenceData = true } = {}): Promise<RegistryTestBed> {
  const harness = await openReadModelHarness(label, {
    migrations: [RegistryReadModel1763900200000],
    projections: [new RegistryProjection()],
  });
  const app = await Test.createTestingModule({
    imports: [CqrsModule.forRoot()],
    providers: [
      DefineReferenceDataHandler,
      DefineTerritoryHandler,
      DefineCategoryHandler,
      RegisterDeputyHandler,
      VerifyDeputyHandler,
      SetRoutingRuleHandler,
      ImportDeputiesHandler,
      { provide: EVENT_STORE, useValue: harness.store },
    ],
  }).compile();
  await app.init();
  const commands = app.get(CommandBus);
  const queries = new RegistryQueries(harness.dataSource);
  const context = (commandId: string = randomUUID()): CommandContext => ({
    commandId,
    actorId: ADMIN.id,
    occurredAt: '2026-11-23T10:00:00.000Z',
  });
  if (referenceData) await commands.execute(new DefineReferenceDataCommand(shippedReferenceData(), context()));
  return {
    harness,
    commands,
    queries,
    admin: ADMIN,
    context,
    async caughtUp() {
      await harness.runner.waitUntilCaughtUp();
      return queries;
    },
    async close() {
      await app.close();
      await harness.close();
    },
  };
}
