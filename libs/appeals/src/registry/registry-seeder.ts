import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError, type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import { DefineReferenceDataCommand } from './define-reference-data/define-reference-data.command';
import { referenceDataCommandId, shippedReferenceData } from './define-reference-data/shipped-reference-data';
import { DEMO_DEPUTIES, DEMO_ROUTING } from './demo-registry';
import { ImportDeputiesCommand, isRefused } from './import-deputies/import-deputies.command';
import { SetRoutingRuleCommand } from './set-routing-rule/set-routing-rule.command';

const ACTOR = 'system:registry-seeder';

/**
 * At start-up: the reference data shipped with this version goes into the registry (only its changes, if
 * any), and outside production the demo accounts' deputies and routing. Repeat-safe command ids make it
 * harmless when several API instances start together.
 */
@Injectable()
export class RegistrySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Registry');

  constructor(
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const context = (commandId: string) => ({ commandId, actorId: ACTOR, occurredAt: new Date().toISOString() });
    const data = shippedReferenceData();
    const commandId = referenceDataCommandId(data);
    const written = await this.commands.execute(new DefineReferenceDataCommand(data, context(commandId)));
    if (written > 0) this.logger.log(`reference data ${commandId.replace('reference-data-', '')}: ${written} definitions recorded`);
    if (this.config.env === 'production') return;
    const imported = await this.commands.execute(
      new ImportDeputiesCommand(DEMO_DEPUTIES, { actorId: ACTOR, occurredAt: new Date().toISOString() }),
    );
    // A demo deputy the registry refuses stops the start, as any failed seeding command does.
    const refused = imported.find(isRefused);
    if (refused) throw new DomainError(refused.code, refused.reason, refused.field ? { field: refused.field } : {});
    for (const rule of DEMO_ROUTING) await this.commands.execute(new SetRoutingRuleCommand(rule, context(`demo-routing-${rule.ruleId}`)));
  }
}
