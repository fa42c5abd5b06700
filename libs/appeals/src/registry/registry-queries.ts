import type { DataSource } from 'typeorm';

export type RegionRow = { code: string; nameRu: string; nameEn: string; federalDistrict: string; timeZone: string };
export type TerritoryRow = { id: string; regionCode: string; nameRu: string; nameEn: string; kind: string; populationApprox: number };
export type CategoryRow = {
  id: string;
  parentId: string | null;
  nameRu: string;
  nameEn: string;
  firstResponseTargetHours: number | null;
  nationalProjectId: string | null;
  keywords: string[];
};
export type NationalProjectRow = { id: string; nameRu: string; nameEn: string; period: string; startYear: number; endYear: number };
export type DeputyRow = {
  id: string;
  fullName: string;
  level: string;
  regionCode: string;
  district: string | null;
  territoryIds: string[];
  verified: boolean;
};

/** Reads of the registry read model (never the event log). */
export class RegistryQueries {
  constructor(private readonly dataSource: DataSource) {}

  regions(): Promise<RegionRow[]> {
    return this.dataSource.query(
      `select code, name_ru as "nameRu", name_en as "nameEn", federal_district as "federalDistrict", time_zone as "timeZone"
         from registry_regions order by code`,
    );
  }

  async regionExists(code: string): Promise<boolean> {
    return (await this.dataSource.query<unknown[]>('select 1 from registry_regions where code = $1', [code])).length > 0;
  }

  territories(regionCode: string): Promise<TerritoryRow[]> {
    return this.dataSource.query(
      `select id, region_code as "regionCode", name_ru as "nameRu", name_en as "nameEn", kind, population_approx as "populationApprox"
         from registry_territories where region_code = $1 order by name_ru`,
      [regionCode],
    );
  }

  categories(): Promise<CategoryRow[]> {
    return this.dataSource.query(
      `select id, parent_id as "parentId", name_ru as "nameRu", name_en as "nameEn",
              first_response_target_hours as "firstResponseTargetHours", national_project_id as "nationalProjectId", keywords
         from registry_categories order by parent_id nulls first, name_ru`,
    );
  }

  nationalProjects(): Promise<NationalProjectRow[]> {
    return this.dataSource.query(
      `select id, name_ru as "nameRu", name_en as "nameEn", period, start_year as "startYear", end_year as "endYear"
         from registry_national_projects order by start_year desc, name_ru`,
    );
  }

  deputies(regionCode: string, territoryId?: string): Promise<DeputyRow[]> {
    return this.dataSource.query(
      `select deputy_id as id, full_name as "fullName", level, region_code as "regionCode", district,
              territory_ids as "territoryIds", verified_at is not null as verified
         from registry_deputies where region_code = $1 and ($2::text is null or $2 = any(territory_ids))
        order by level, full_name`,
      [regionCode, territoryId ?? null],
    );
  }

  async deputy(id: string): Promise<DeputyRow | null> {
    const rows: DeputyRow[] = await this.dataSource.query(
      `select deputy_id as id, full_name as "fullName", level, region_code as "regionCode", district,
              territory_ids as "territoryIds", verified_at is not null as verified
         from registry_deputies where deputy_id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }
}
