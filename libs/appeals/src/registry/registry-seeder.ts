import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type RuntimeConfig } from '@app/platform';
import { APP_CONFIG } from '@app/platform/nest';
import { DEMO_DEPUTIES, DEMO_ROUTING } from './demo-registry';
import { RegistryCommands, shippedReferenceData } from './registry-commands';

/**
 * At start-up: the reference data shipped with this version goes into the registry (only its changes, if
 * any), and outside production the demo accounts' deputies and routing. Repeat-safe command ids make it
 * harmless when several API instances start together.
 */
@Injectable()
export class RegistrySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('Registry');

  constructor(
    private readonly commands: RegistryCommands,
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const data = shippedReferenceData();
    const version = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
    const context = (id: string) => ({ commandId: id, actorId: 'system:registry-seeder', occurredAt: new Date().toISOString() });
    const written = await this.commands.defineReferenceData(data, context(`reference-data-${version}`));
    if (written > 0) this.logger.log(`reference data ${version}: ${written} definitions recorded`);
    if (this.config.env === 'production') return;
    for (const deputy of DEMO_DEPUTIES) await this.commands.registerDeputy(deputy, context(`demo-deputy-${deputy.deputyId}`));
    for (const rule of DEMO_ROUTING) await this.commands.setRoutingRule(rule, context(`demo-routing-${rule.ruleId}`));
  }
}
