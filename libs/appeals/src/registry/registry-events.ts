import type { NationalProject, Region, Territory } from './reference-data';

/** A category or subcategory as the registry keeps it (top-level ones have no parent and no target). */
export type CategoryDefinition = Readonly<{
  id: string;
  parentId: string | null;
  nameRu: string;
  nameEn: string;
  /** ЦУР practice: how soon a first response is due, in hours; null for top-level categories. */
  firstResponseTargetHours: number | null;
  nationalProjectId: string | null;
  keywords: readonly string[];
}>;

export type DeputyLevel = 'STATE_DUMA' | 'REGIONAL' | 'MUNICIPAL';

/** A deputy's public record: officials' names are public, unlike voters'. */
export type DeputyDefinition = Readonly<{
  deputyId: string;
  fullName: string;
  level: DeputyLevel;
  regionCode: string;
  /** Electoral district as published, e.g. «Одномандатный избирательный округ № 168». */
  district: string | null;
  territoryIds: readonly string[];
}>;

/** Who handles appeals of a territory (and category, or any category when null); deputyId null removes the rule. */
export type RoutingRule = Readonly<{
  ruleId: string;
  regionCode: string;
  territoryId: string;
  categoryId: string | null;
  deputyId: string | null;
  reason: string;
}>;

/** Every change to the registry is one of these; the read models are built from them. */
export type RegistryEvent =
  | Readonly<{ type: 'RegionDefined'; data: Region }>
  | Readonly<{ type: 'TerritoryDefined'; data: Territory }>
  | Readonly<{ type: 'CategoryDefined'; data: CategoryDefinition }>
  | Readonly<{ type: 'NationalProjectDefined'; data: NationalProject }>
  | Readonly<{ type: 'DeputyRegistered'; data: DeputyDefinition }>
  | Readonly<{ type: 'DeputyVerified'; data: Readonly<{ deputyId: string; verifiedAt: string }> }>
  | Readonly<{ type: 'RoutingRuleChanged'; data: RoutingRule }>;

export const REGISTRY_EVENT_TYPES: ReadonlySet<RegistryEvent['type']> = new Set([
  'RegionDefined',
  'TerritoryDefined',
  'CategoryDefined',
  'NationalProjectDefined',
  'DeputyRegistered',
  'DeputyVerified',
  'RoutingRuleChanged',
]);

/** Stream names: reference data in one stream, a stream per deputy, routing per region. */
export const registryStreams = {
  reference: 'registry-reference',
  deputy: (deputyId: string) => `deputy-${deputyId}`,
  routing: (regionCode: string) => `routing-${regionCode}`,
} as const;
