/** The demo registry: the two demo deputies and their rules, then a few generated deputies with rules in every territory. */
import { DEMO_ACCOUNTS, DEMO_DEPUTY_IDS } from '@app/identity/oidc/demo-accounts';
import type { EventStore } from '@app/event-store';
import { type CommandContext, executeCommand } from '@app/platform/event-sourcing/command-executor';
import pLimit from 'p-limit';
import { DEMO_DEPUTIES, DEMO_ROUTING } from '../registry/demo-registry';
import { TERRITORIES } from '../registry/reference-data';
import { referenceDataCommandId, shippedReferenceData } from '../registry/define-reference-data/shipped-reference-data';
import { deputyDecider } from '../registry/deputy-decider';
import { referenceDecider } from '../registry/reference-decider';
import { type DeputyDefinition, type DeputyLevel, type RoutingRule, registryStreams } from '../registry/registry-events';
import { routingDecider } from '../registry/routing';
import * as texts from './demo-texts';
import { derivedUuid, hashSeed, SeededRandom } from './seeded-random';

/** Registry commands in flight at once. */
const CONCURRENCY = 8;
const SEED_ACTOR = 'system:demo-seed';

/** A deputy with what the simulation needs: who signs in for them and how well they work (0..1). */
export type DemoDeputy = DeputyDefinition & Readonly<{ userId: string; assistantId: string | null; quality: number }>;
export type DemoRegistry = Readonly<{
  deputies: readonly DemoDeputy[];
  rules: readonly RoutingRule[];
  generatedRuleIds: ReadonlySet<string>;
}>;

/** Topics a second, third … deputy of a territory takes on through a category-specific rule. */
const SPECIALITIES = ['housing', 'roads', 'improvement', 'healthcare', 'education', 'social', 'public-transport', 'construction'];

/** The id of a demo account (deputy1, voter1, …) by its login. */
export const accountId = (login: string): string => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.login === login);
  if (!account) throw new Error(`No demo account ${login}`);
  return account.id;
};

/** The same seed gives the same deputies and rules. */
export function demoRegistry(seed: number): DemoRegistry {
  const random = new SeededRandom(hashSeed('demo-registry', seed));
  const deputies: DemoDeputy[] = [
    { ...DEMO_DEPUTIES[0], userId: accountId('deputy1'), assistantId: accountId('assistant1'), quality: 0.85 },
    { ...DEMO_DEPUTIES[1], userId: accountId('deputy2'), assistantId: null, quality: 0.45 },
  ];
  const rules: RoutingRule[] = [...DEMO_ROUTING];
  const generatedRuleIds = new Set<string>();
  const districts = new Map<string, number>();
  for (const territory of TERRITORIES) {
    const count = 3 + random.int(4);
    const specialities = random.shuffle(SPECIALITIES).slice(0, count);
    const hasDemoGeneralRule = DEMO_ROUTING.some((rule) => rule.territoryId === territory.id && rule.categoryId === null);
    for (let i = 0; i < count; i++) {
      const level: DeputyLevel = random.chance(0.12) ? 'STATE_DUMA' : random.chance(0.5) ? 'REGIONAL' : 'MUNICIPAL';
      const district = (districts.get(`${territory.regionCode}|${level}`) ?? 0) + 1;
      districts.set(`${territory.regionCode}|${level}`, district);
      const deputyId = derivedUuid('demo', seed, 'deputy', territory.id, i);
      deputies.push({
        deputyId,
        fullName: fullName(random),
        level,
        regionCode: territory.regionCode,
        district: `${DISTRICT_LABEL[level]} № ${district}`,
        territoryIds: [territory.id],
        userId: derivedUuid('demo', seed, 'deputy-user', deputyId),
        assistantId: null,
        quality: 0.15 + 0.8 * random.next(),
      });
      // The demo deputy already takes a demo territory's other appeals.
      const categoryId = i === 0 && !hasDemoGeneralRule ? null : specialities[i];
      const rule: RoutingRule = {
        ruleId: `demo-${seed}-${territory.id}${categoryId ? `-${categoryId}` : ''}`,
        regionCode: territory.regionCode,
        territoryId: territory.id,
        categoryId,
        deputyId,
        reason: categoryId ? `Демо: депутат курирует тему «${categoryId}»` : 'Демо: депутат округа',
      };
      rules.push(rule);
      generatedRuleIds.add(rule.ruleId);
    }
  }
  return { deputies, rules, generatedRuleIds };
}

const DISTRICT_LABEL: Record<DeputyLevel, string> = {
  STATE_DUMA: 'Одномандатный избирательный округ',
  REGIONAL: 'Избирательный округ',
  MUNICIPAL: 'Муниципальный избирательный округ',
};

function fullName(random: SeededRandom): string {
  const female = random.chance(0.4);
  const surname = random.pick(texts.SURNAMES);
  const [malePatronymic, femalePatronymic] = random.pick(texts.PATRONYMICS);
  return female
    ? `${surname}а ${random.pick(texts.FEMALE_NAMES)} ${femalePatronymic}`
    : `${surname} ${random.pick(texts.MALE_NAMES)} ${malePatronymic}`;
}

/**
 * Reference data, deputies and rules through the registry's deciders, with repeat-safe ids (outside Nest, so not through the
 * CommandBus; the data is consistent by construction, so the handlers' checks against other streams are not needed).
 */
export async function seedRegistry(store: EventStore, registry: DemoRegistry, seed: number, occurredAt: string): Promise<void> {
  const context = (commandId: string): CommandContext => ({ commandId, actorId: SEED_ACTOR, occurredAt });
  // The same command id as the API's registry seeder, so whichever runs first defines it.
  const reference = shippedReferenceData();
  await executeCommand(store, registryStreams.reference, referenceDecider, reference, context(referenceDataCommandId(reference)));

  const demoIds = new Set<string>(Object.values(DEMO_DEPUTY_IDS));
  await pLimit(CONCURRENCY).map(registry.deputies, ({ deputyId, fullName, level, regionCode, district, territoryIds }) =>
    executeCommand(
      store,
      registryStreams.deputy(deputyId),
      deputyDecider,
      { type: 'RegisterDeputy', deputy: { deputyId, fullName, level, regionCode, district, territoryIds } },
      context(demoIds.has(deputyId) ? `demo-deputy-${deputyId}` : `demo-${seed}-deputy-${deputyId}`),
    ),
  );
  // One region's rules share a stream: in order within a region, regions side by side.
  const byRegion = new Map<string, RoutingRule[]>();
  for (const rule of registry.rules) byRegion.set(rule.regionCode, [...(byRegion.get(rule.regionCode) ?? []), rule]);
  await Promise.all(
    [...byRegion.values()].map(async (rules) => {
      for (const rule of rules) {
        const commandId = registry.generatedRuleIds.has(rule.ruleId)
          ? `demo-${seed}-routing-${rule.ruleId}`
          : `demo-routing-${rule.ruleId}`;
        await executeCommand(store, registryStreams.routing(rule.regionCode), routingDecider, { rule }, context(commandId));
      }
    }),
  );
}
