import { formatPosition, type StoredEvent } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { EntityManager } from 'typeorm';
import { REGISTRY_EVENT_TYPES, type RegistryEvent } from '../registry-events';

type Stored<T extends RegistryEvent['type']> = StoredEvent<T, Extract<RegistryEvent, { type: T }>['data']>;

/** Keeps the last event per key: a batch may redefine the same thing several times. */
const lastBy = <T>(items: readonly T[], key: (item: T) => string): T[] => [...new Map(items.map((item) => [key(item), item])).values()];

/**
 * The registry read model. One statement per event type per batch (`jsonb_to_recordset`), upserting the
 * last definition of each key; types are applied in an order where references precede their users.
 */
export class RegistryProjection implements Projection {
  readonly name = 'registry';
  readonly eventTypes: ReadonlySet<string> = REGISTRY_EVENT_TYPES;

  async apply(events: readonly StoredEvent[], manager: EntityManager): Promise<void> {
    const of = <T extends RegistryEvent['type']>(type: T): Stored<T>[] => events.filter((e): e is Stored<T> => e.type === type);
    const json = (rows: unknown[]): string => JSON.stringify(rows);

    const regions = lastBy(
      of('RegionDefined').map((e) => e.data),
      (r) => r.code,
    );
    if (regions.length) {
      await manager.query(
        `insert into registry_regions (code, name_ru, name_en, federal_district, time_zone)
         select code, "nameRu", "nameEn", "federalDistrict", "timeZone" from jsonb_to_recordset($1::jsonb)
           as r(code text, "nameRu" text, "nameEn" text, "federalDistrict" text, "timeZone" text)
         on conflict (code) do update set name_ru = excluded.name_ru, name_en = excluded.name_en,
           federal_district = excluded.federal_district, time_zone = excluded.time_zone`,
        [json(regions)],
      );
    }
    const territories = lastBy(
      of('TerritoryDefined').map((e) => e.data),
      (t) => t.id,
    );
    if (territories.length) {
      await manager.query(
        `insert into registry_territories (id, region_code, name_ru, name_en, kind, population_approx)
         select id, "regionCode", "nameRu", "nameEn", kind, "populationApprox" from jsonb_to_recordset($1::jsonb)
           as t(id text, "regionCode" text, "nameRu" text, "nameEn" text, kind text, "populationApprox" integer)
         on conflict (id) do update set region_code = excluded.region_code, name_ru = excluded.name_ru, name_en = excluded.name_en,
           kind = excluded.kind, population_approx = excluded.population_approx`,
        [json(territories)],
      );
    }
    const projects = lastBy(
      of('NationalProjectDefined').map((e) => e.data),
      (p) => p.id,
    );
    if (projects.length) {
      await manager.query(
        `insert into registry_national_projects (id, name_ru, name_en, period, start_year, end_year)
         select id, "nameRu", "nameEn", period, "startYear", "endYear" from jsonb_to_recordset($1::jsonb)
           as p(id text, "nameRu" text, "nameEn" text, period text, "startYear" integer, "endYear" integer)
         on conflict (id) do update set name_ru = excluded.name_ru, name_en = excluded.name_en, period = excluded.period,
           start_year = excluded.start_year, end_year = excluded.end_year`,
        [json(projects)],
      );
    }
    const categories = lastBy(
      of('CategoryDefined').map((e) => e.data),
      (c) => c.id,
    );
    if (categories.length) {
      await manager.query(
        `insert into registry_categories (id, parent_id, name_ru, name_en, first_response_target_hours, national_project_id, keywords)
         select id, "parentId", "nameRu", "nameEn", "firstResponseTargetHours", "nationalProjectId",
                array(select jsonb_array_elements_text(keywords))
           from jsonb_to_recordset($1::jsonb)
           as c(id text, "parentId" text, "nameRu" text, "nameEn" text, "firstResponseTargetHours" integer, "nationalProjectId" text, keywords jsonb)
         on conflict (id) do update set parent_id = excluded.parent_id, name_ru = excluded.name_ru, name_en = excluded.name_en,
           first_response_target_hours = excluded.first_response_target_hours, national_project_id = excluded.national_project_id,
           keywords = excluded.keywords`,
        [json(categories)],
      );
    }
    const deputies = lastBy(
      of('DeputyRegistered').map((e) => ({ ...e.data, registeredAt: e.metadata.occurredAt })),
      (d) => d.deputyId,
    );
    if (deputies.length) {
      await manager.query(
        `insert into registry_deputies (deputy_id, full_name, level, region_code, district, territory_ids, registered_at)
         select "deputyId", "fullName", level, "regionCode", district, array(select jsonb_array_elements_text("territoryIds")), "registeredAt"
           from jsonb_to_recordset($1::jsonb)
           as d("deputyId" text, "fullName" text, level text, "regionCode" text, district text, "territoryIds" jsonb, "registeredAt" timestamptz)
         on conflict (deputy_id) do update set full_name = excluded.full_name, level = excluded.level, region_code = excluded.region_code,
           district = excluded.district, territory_ids = excluded.territory_ids`,
        [json(deputies)],
      );
    }
    const verified = of('DeputyVerified').map((e) => e.data);
    if (verified.length) {
      await manager.query(
        `update registry_deputies d set verified_at = v."verifiedAt"
           from jsonb_to_recordset($1::jsonb) as v("deputyId" text, "verifiedAt" timestamptz) where d.deputy_id = v."deputyId"`,
        [json(verified)],
      );
    }
    const changes = of('RoutingRuleChanged').map((e) => ({
      ...e.data,
      changedAt: e.metadata.occurredAt,
      position: formatPosition(e.position),
    }));
    if (changes.length) {
      await manager.query(
        `insert into routing_rule_history (rule_id, region_code, territory_id, category_id, deputy_id, reason, changed_at, log_position)
         select "ruleId", "regionCode", "territoryId", "categoryId", "deputyId", reason, "changedAt", position from jsonb_to_recordset($1::jsonb)
           as r("ruleId" text, "regionCode" text, "territoryId" text, "categoryId" text, "deputyId" text, reason text, "changedAt" timestamptz, position text)`,
        [json(changes)],
      );
      const current = lastBy(changes, (r) => `${r.territoryId}|${r.categoryId ?? '*'}`);
      await manager.query(
        `with r as (select * from jsonb_to_recordset($1::jsonb)
               as r("ruleId" text, "regionCode" text, "territoryId" text, "categoryId" text, "deputyId" text, reason text, "changedAt" timestamptz)),
             removed as (delete from routing_rules rr using r
               where r."deputyId" is null and rr.territory_id = r."territoryId" and rr.category_key = coalesce(r."categoryId", '*'))
         insert into routing_rules (territory_id, category_key, region_code, deputy_id, rule_id, reason, changed_at)
         select "territoryId", coalesce("categoryId", '*'), "regionCode", "deputyId", "ruleId", reason, "changedAt" from r where "deputyId" is not null
         on conflict (territory_id, category_key) do update set deputy_id = excluded.deputy_id, rule_id = excluded.rule_id,
           reason = excluded.reason, changed_at = excluded.changed_at, region_code = excluded.region_code`,
        [json(current)],
      );
    }
  }

  async clear(manager: EntityManager): Promise<void> {
    await manager.query(`truncate registry_regions, registry_territories, registry_national_projects, registry_categories,
      registry_deputies, routing_rules, routing_rule_history`);
  }
}
