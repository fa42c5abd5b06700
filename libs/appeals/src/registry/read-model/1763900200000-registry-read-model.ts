import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The registry as the screens read it: reference data, deputies, current routing and its history. */
export class RegistryReadModel1763900200000 implements MigrationInterface {
  name = 'RegistryReadModel1763900200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table registry_regions (
        code text primary key, name_ru text not null, name_en text not null, federal_district text not null, time_zone text not null
      );
      create table registry_territories (
        id text primary key, region_code text not null, name_ru text not null, name_en text not null, kind text not null,
        population_approx integer not null
      );
      create index registry_territories_region on registry_territories (region_code, name_ru);
      create table registry_national_projects (
        id text primary key, name_ru text not null, name_en text not null, period text not null, start_year integer not null, end_year integer not null
      );
      create table registry_categories (
        id text primary key, parent_id text, name_ru text not null, name_en text not null, first_response_target_hours integer,
        national_project_id text, keywords text[] not null default '{}'
      );
      create table registry_deputies (
        deputy_id text primary key, full_name text not null, level text not null, region_code text not null, district text,
        territory_ids text[] not null, registered_at timestamptz not null, verified_at timestamptz
      );
      create index registry_deputies_region on registry_deputies (region_code, full_name);
      create index registry_deputies_territories on registry_deputies using gin (territory_ids);
      create table routing_rules (
        territory_id text not null, category_key text not null, region_code text not null, deputy_id text not null,
        rule_id text not null, reason text not null, changed_at timestamptz not null,
        primary key (territory_id, category_key)
      );
      create table routing_rule_history (
        rule_id text not null, region_code text not null, territory_id text not null, category_id text, deputy_id text,
        reason text not null, changed_at timestamptz not null, log_position text not null
      );
      create index routing_rule_history_rule on routing_rule_history (rule_id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table routing_rule_history, routing_rules, registry_deputies, registry_categories,
      registry_national_projects, registry_territories, registry_regions`);
  }
}
