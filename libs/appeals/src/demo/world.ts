/** Where and when the demo's appeals come from: territories by population, categories by season, deputies by territory. */
import { SUBCATEGORIES, type Subcategory, TERRITORIES, type Territory } from '../registry/reference-data';
import type { RoutingRule } from '../registry/registry-events';
import type { DemoDeputy, DemoRegistry } from './generated-registry';
import { type SeededRandom, type WeightedTable, weightedTable } from './seeded-random';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export type World = Readonly<{
  nowMs: number;
  territories: WeightedTable<Territory>;
  /** Subcategories by calendar month (0..11): heating in winter, potholes in spring. */
  categoriesByMonth: readonly WeightedTable<Subcategory>[];
  rules: readonly RoutingRule[];
  deputies: ReadonlyMap<string, DemoDeputy>;
  /** Deputies of each territory, to forward to a colleague. */
  deputiesByTerritory: ReadonlyMap<string, readonly DemoDeputy[]>;
  /** Voters per territory: about one per 2.5 expected appeals. */
  votersPerTerritory: ReadonlyMap<string, number>;
}>;

/** Share of appeals by top category (ЦУР reports: utilities, improvement and roads lead). */
const TOP_CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  housing: 25,
  improvement: 15,
  roads: 13,
  'public-transport': 7,
  healthcare: 8,
  education: 6,
  social: 7,
  ecology: 3,
  safety: 3,
  'culture-sport': 2,
  economy: 3,
  construction: 4,
  agriculture: 1,
  communications: 2,
  'public-services': 3,
  other: 2,
};

const WINTER = new Set([10, 11, 0, 1, 2]);
function seasonalFactor(categoryId: string, month: number): number {
  if (categoryId === 'housing.heating') return WINTER.has(month) || month === 3 || month === 9 ? 5 : 0.3;
  if (categoryId === 'roads.winter-maintenance' || categoryId === 'improvement.cleaning') return WINTER.has(month) ? 3 : 0.3;
  if (categoryId === 'roads.repair') return month >= 3 && month <= 5 ? 2.5 : 1;
  if (categoryId === 'improvement.playgrounds' || categoryId === 'improvement.green-spaces') return month >= 4 && month <= 8 ? 2 : 0.6;
  return 1;
}

/** More appeals in winter (heating, snow), fewer in the summer holidays. */
const MONTH_VOLUME = [1.2, 1.2, 1.1, 1.0, 0.95, 0.9, 0.8, 0.8, 0.95, 1.05, 1.15, 1.25];

/** The simulated year, ending at `now`, over the registry's deputies. */
export function buildWorld(registry: DemoRegistry, now: Date): World {
  const population = TERRITORIES.reduce((sum, territory) => sum + territory.populationApprox, 0);
  const subcategoriesOf = new Map<string, Subcategory[]>();
  for (const sub of SUBCATEGORIES) subcategoriesOf.set(sub.parentId, [...(subcategoriesOf.get(sub.parentId) ?? []), sub]);
  const categoriesByMonth = Array.from({ length: 12 }, (_, month) =>
    weightedTable(
      SUBCATEGORIES.map(
        (sub) =>
          [
            sub,
            ((TOP_CATEGORY_WEIGHTS[sub.parentId] ?? 1) / subcategoriesOf.get(sub.parentId)!.length) * seasonalFactor(sub.id, month),
          ] as const,
      ),
    ),
  );
  const deputiesByTerritory = new Map<string, DemoDeputy[]>();
  for (const deputy of registry.deputies) {
    for (const territoryId of deputy.territoryIds)
      deputiesByTerritory.set(territoryId, [...(deputiesByTerritory.get(territoryId) ?? []), deputy]);
  }
  return {
    nowMs: now.getTime(),
    territories: weightedTable(TERRITORIES.map((territory) => [territory, territory.populationApprox] as const)),
    categoriesByMonth,
    rules: registry.rules,
    deputies: new Map(registry.deputies.map((deputy) => [deputy.deputyId, deputy])),
    deputiesByTerritory,
    // Independent of the appeal count, so a run with more appeals extends the same voters.
    votersPerTerritory: new Map(
      TERRITORIES.map((territory) => [territory.id, Math.max(20, Math.round((territory.populationApprox / population) * 8000))]),
    ),
  };
}

/** A time in the 365 days before now, more often in the months with more appeals, in waking hours. */
export function submissionTime(random: SeededRandom, nowMs: number): number {
  for (;;) {
    const dayStart = Math.floor((nowMs - (1 + random.int(365)) * DAY) / DAY) * DAY;
    if (random.next() * 1.25 > MONTH_VOLUME[new Date(dayStart).getUTCMonth()]) continue;
    return dayStart + random.between(3, 19) * HOUR; // 08:00–24:00 Yekaterinburg time
  }
}
