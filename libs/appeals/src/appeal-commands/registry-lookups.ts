import type { EventStore } from '@app/event-store';
import { DomainError } from '@app/platform/errors/domain-error';
import type { DataSource } from 'typeorm';
import type { AppealState } from '../domain';
import { registryStreams, type RoutingRule } from '../registry/registry-events';
import { routingDecider } from '../registry/routing';

export type CategoryRow = Readonly<{ parentId: string | null; firstResponseTargetHours: number | null }>;

/**
 * What the appeal commands need to know from the registry (regions, territories, categories, deputies,
 * routing rules), which the appeal decider cannot know. Read from the registry's read model and, for
 * routing, from its event stream.
 */
export class RegistryLookups {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async regionExists(regionCode: string): Promise<boolean> {
    return (await this.one('select 1 from registry_regions where code = $1', [regionCode])) !== undefined;
  }

  /** The region a territory belongs to; undefined for an unknown territory. */
  async territoryRegion(territoryId: string): Promise<string | undefined> {
    return (await this.one<{ region_code: string }>('select region_code from registry_territories where id = $1', [territoryId]))
      ?.region_code;
  }

  async category(categoryId: string): Promise<CategoryRow | undefined> {
    const row = await this.one<{ parent_id: string | null; first_response_target_hours: number | null }>(
      'select parent_id, first_response_target_hours from registry_categories where id = $1',
      [categoryId],
    );
    return row && { parentId: row.parent_id, firstResponseTargetHours: row.first_response_target_hours };
  }

  /** The region a deputy works in; undefined for an unknown deputy. */
  async deputyRegion(deputyId: string): Promise<string | undefined> {
    return (await this.one<{ region_code: string }>('select region_code from registry_deputies where deputy_id = $1', [deputyId]))
      ?.region_code;
  }

  async deputyServes(deputyId: string, territoryId: string): Promise<boolean> {
    const row = await this.one('select 1 from registry_deputies where deputy_id = $1 and $2 = any(territory_ids)', [deputyId, territoryId]);
    return row !== undefined;
  }

  /** The routing rules of a region, as its stream has them now. */
  async routingRules(regionCode: string): Promise<RoutingRule[]> {
    const events = await this.store.readStream(registryStreams.routing(regionCode));
    const state = events.reduce(
      (current, event) => routingDecider.evolve(current, { type: 'RoutingRuleChanged', data: event.data as RoutingRule }),
      routingDecider.initialState,
    );
    return [...state.rules.values()];
  }

  private async one<T = unknown>(sql: string, parameters: unknown[]): Promise<T | undefined> {
    const rows: T[] = await this.dataSource.query(sql, parameters);
    return rows[0];
  }
}

/** The registry as the handlers see it (a test passes its own). */
export type Registry = Pick<RegistryLookups, keyof RegistryLookups>;

/**
 * The region of the deputy a command hands an appeal to, and the check that the appeal stays there: an
 * appeal stays with the deputies of its region, so a moderator cannot hand it (and its author) elsewhere.
 * `field` names the input that named the deputy.
 */
export async function staysInRegionOf(registry: Registry, deputyId: string, field: string): Promise<(appeal: AppealState) => void> {
  const deputyRegion = await registry.deputyRegion(deputyId);
  if (deputyRegion === undefined) throw new DomainError('BAD_USER_INPUT', `Unknown deputy "${deputyId}"`, { field });
  return (appeal) => {
    if (appeal.status !== 'NOT_SUBMITTED' && deputyRegion !== appeal.regionCode) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `That deputy works in region ${deputyRegion}, not in the appeal's region ${appeal.regionCode}`,
        {
          field: 'deputyId',
        },
      );
    }
  };
}
