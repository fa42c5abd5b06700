/**
 * Seeded, deterministic demo data: deputies and routing rules through the registry's commands, then a
 * year of appeals whose histories are built in memory by running real commands through the appeal decider
 * (so each one is valid by construction) and appended in one write per stream. The same seed, `now` and
 * count give the same events; running again skips the appeals already stored.
 */
import { createHash } from 'node:crypto';
import { type EventStore, type NewEvent, WrongExpectedVersionError } from '@app/event-store';
import { DEMO_ACCOUNTS, DEMO_DEPUTY_IDS } from '@app/identity/oidc/demo-accounts';
import type { CommandContext } from '@app/platform/event-sourcing/command-executor';
import { PERSONAL_DATA_POLICY_VERSION } from '../submit-appeal/personal-data-policy';
import type { AppealCommand, CommandMetadata } from '../domain/appeal-commands';
import { decide } from '../domain/appeal-decider';
import type { RejectReason, Solved } from '../domain/appeal-events';
import { type AppealState, type AppealStatus, evolve, initialState, pendingDeadlines } from '../domain/appeal-state';
import { DEMO_DEPUTIES, DEMO_ROUTING } from '../registry/demo-registry';
import { SUBCATEGORIES, type Subcategory, TERRITORIES, type Territory } from '../registry/reference-data';
import { RegistryCommands, shippedReferenceData } from '../registry/registry-commands';
import type { DeputyDefinition, DeputyLevel, RoutingRule } from '../registry/registry-events';
import { route } from '../registry/routing';
import * as texts from './demo-texts';
import { derivedUuid, hashSeed, SeededRandom, type WeightedTable, weightedTable } from './seeded-random';

export type DemoDataOptions = Readonly<{
  appeals: number;
  seed: number;
  /** The end of the simulated year: no event is later. */
  now: Date;
  /** Called with 0 once the registry is seeded, then every 500 appeals and at the end. */
  onProgress?(done: number, total: number): void;
}>;

export type DemoDataSummary = Readonly<{
  deputies: number;
  routingRules: number;
  /** Appeals appended by this run. */
  appealsWritten: number;
  /** Appeals whose stream already existed (an earlier run with the same seed). */
  appealsSkipped: number;
  eventsWritten: number;
  /** Final status of every generated appeal, written or skipped. */
  statuses: Readonly<Partial<Record<AppealStatus, number>>>;
}>;

/** The stream of an appeal, as the API names it. */
export const appealStream = (appealId: string): string => `appeal-${appealId}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CONCURRENCY = 8;
const PROGRESS_EVERY = 500;
/** How long after a due date the simulated deadline sweeper notices it. */
const SWEEP_DELAY = 7 * 60_000;
const SEED_ACTOR = 'system:demo-seed';

/** Generates the demo registry and `options.appeals` appeals into `store`. */
export async function generateDemoData(store: EventStore, options: DemoDataOptions): Promise<DemoDataSummary> {
  const { appeals: total, seed, now } = options;
  if (!Number.isInteger(total) || total < 0) throw new Error(`appeals must be a whole number ≥ 0, got ${total}`);
  const registry = demoRegistry(seed);
  const registeredAt = new Date(now.getTime() - 400 * DAY).toISOString();
  await seedRegistry(new RegistryCommands(store), registry, seed, registeredAt);

  const world = buildWorld(registry, now);
  options.onProgress?.(0, total);
  const statuses: Partial<Record<AppealStatus, number>> = {};
  let next = 0;
  let done = 0;
  let written = 0;
  let skipped = 0;
  let events = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const appeal = simulateAppeal(world, seed, index);
      statuses[appeal.status] = (statuses[appeal.status] ?? 0) + 1;
      if (await appendUnlessExists(store, appeal)) {
        written += 1;
        events += appeal.events.length;
      } else {
        skipped += 1; // written by an earlier run with this seed
      }
      done += 1;
      if (done % PROGRESS_EVERY === 0 && done < total) options.onProgress?.(done, total);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  options.onProgress?.(done, total);
  return {
    deputies: registry.deputies.length,
    routingRules: registry.rules.length,
    appealsWritten: written,
    appealsSkipped: skipped,
    eventsWritten: events,
    statuses,
  };
}

/**
 * Appends a new appeal stream; false when it already exists. The existence check comes first because a
 * refused append is slow (the pool drops a connection that saw an error, so each costs a reconnect);
 * the version check still settles a race with another writer.
 */
async function appendUnlessExists(store: EventStore, appeal: SimulatedAppeal): Promise<boolean> {
  const streamId = appealStream(appeal.appealId);
  if ((await store.readStream(streamId, { maxCount: 1 })).length > 0) return false;
  try {
    await store.appendToStream(streamId, appeal.events, { expectedVersion: 'no_stream' });
    return true;
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return false;
    throw error;
  }
}

// ---- the registry -----------------------------------------------------------------------------------------

/** A deputy with what the simulation needs: who signs in for them and how well they work (0..1). */
type DemoDeputy = DeputyDefinition & Readonly<{ userId: string; assistantId: string | null; quality: number }>;
type DemoRegistry = Readonly<{ deputies: readonly DemoDeputy[]; rules: readonly RoutingRule[]; generatedRuleIds: ReadonlySet<string> }>;

/** Topics a second, third … deputy of a territory takes on through a category-specific rule. */
const SPECIALITIES = ['housing', 'roads', 'improvement', 'healthcare', 'education', 'social', 'public-transport', 'construction'];

const accountId = (login: string): string => {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.login === login);
  if (!account) throw new Error(`No demo account ${login}`);
  return account.id;
};

function demoRegistry(seed: number): DemoRegistry {
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

/** Reference data, deputies and rules through the registry's own commands, with repeat-safe ids. */
async function seedRegistry(commands: RegistryCommands, registry: DemoRegistry, seed: number, occurredAt: string): Promise<void> {
  const context = (commandId: string): CommandContext => ({ commandId, actorId: SEED_ACTOR, occurredAt });
  // The same command id as the API's registry seeder, so whichever runs first defines it.
  const reference = shippedReferenceData();
  const version = createHash('sha256').update(JSON.stringify(reference)).digest('hex').slice(0, 16);
  await commands.defineReferenceData(reference, context(`reference-data-${version}`));

  const demoIds = new Set<string>(Object.values(DEMO_DEPUTY_IDS));
  await forEachConcurrently(registry.deputies, CONCURRENCY, ({ deputyId, fullName, level, regionCode, district, territoryIds }) =>
    commands.registerDeputy(
      { deputyId, fullName, level, regionCode, district, territoryIds },
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
        await commands.setRoutingRule(rule, context(commandId));
      }
    }),
  );
}

async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

// ---- what appeals are about, where and when -------------------------------------------------------------

type World = Readonly<{
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

function buildWorld(registry: DemoRegistry, now: Date): World {
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

// ---- one appeal's life -------------------------------------------------------------------------------------

type Actor = Omit<CommandMetadata, 'commandId' | 'at'>;
const SYSTEM: Actor = { actorId: 'system:deadlines', role: 'SYSTEM' };

type CommandOf<TType extends AppealCommand['type']> = Extract<AppealCommand, { type: TType }>;
type DataOf<TType extends AppealCommand['type']> = Omit<CommandOf<TType>['data'], 'appealId'>;

/**
 * One appeal's history, built by running commands through the decider. Before each command the deadline
 * process manager gets its turn (overdue marks, closing after 30 days without feedback), as it would have
 * in production, so every history is one the platform could have recorded.
 */
class AppealHistory {
  state: AppealState = initialState;
  readonly events: NewEvent[] = [];
  lastMs = 0;

  constructor(
    readonly appealId: string,
    private readonly nowMs: number,
  ) {}

  /** Runs the command at `atMs` (never before the previous one); false, and nothing done, when that is after now. */
  run<TType extends AppealCommand['type']>(type: TType, data: DataOf<TType>, actor: Actor, atMs: number): boolean {
    const at = Math.max(Math.round(atMs), this.lastMs + 60_000);
    if (at > this.nowMs) return false;
    this.sweepUntil(at);
    this.apply(type, data, actor, at);
    return true;
  }

  answerDueMs(): number {
    if (this.state.status === 'NOT_SUBMITTED') throw new Error('The appeal is not submitted yet');
    return Date.parse(this.state.answerDueAt);
  }

  /** What the deadline sweeper records up to `untilMs`. */
  sweepUntil(untilMs: number): void {
    for (;;) {
      if (this.state.status === 'NOT_SUBMITTED') return;
      const missed = pendingDeadlines(this.state)
        .map((mark) => ({ deadline: mark.deadline, at: Math.max(this.lastMs, Date.parse(mark.dueAt) + SWEEP_DELAY) }))
        .filter((mark) => mark.at <= untilMs)
        .sort((a, b) => a.at - b.at)[0];
      if (missed) {
        this.apply('MarkOverdue', { deadline: missed.deadline }, SYSTEM, missed.at);
        continue;
      }
      if (this.state.status === 'ANSWERED') {
        const closeAt = Math.max(this.lastMs, Date.parse(this.state.lastAnsweredAt) + 30 * DAY + SWEEP_DELAY);
        if (closeAt <= untilMs) this.apply('CloseAppeal', {}, SYSTEM, closeAt);
      }
      return;
    }
  }

  private apply<TType extends AppealCommand['type']>(type: TType, data: DataOf<TType>, actor: Actor, atMs: number): void {
    const at = new Date(atMs).toISOString();
    const command = {
      type,
      data: { ...data, appealId: this.appealId },
      metadata: { ...actor, commandId: `${this.appealId}-${this.events.length}`, at },
    } as AppealCommand;
    const decided = decide(command, this.state); // a refusal here is a bug in the generator: let it throw
    for (const event of decided) {
      this.state = evolve(this.state, event);
      this.events.push({
        type: event.type,
        data: event.data,
        metadata: { actorId: actor.actorId, occurredAt: at, correlationId: this.appealId },
      });
    }
    this.lastMs = atMs;
  }
}

type Outcome = 'ANSWERED' | 'OVERDUE' | 'REOPENED' | 'REJECTED' | 'WITHDRAWN' | 'OPEN';
const OUTCOMES = weightedTable<Outcome>([
  ['ANSWERED', 70],
  ['OVERDUE', 8],
  ['REOPENED', 5],
  ['REJECTED', 4],
  ['WITHDRAWN', 3],
  ['OPEN', 10],
]);
const REJECT_REASONS = weightedTable<RejectReason>([
  ['SPAM', 45],
  ['DUPLICATE', 35],
  ['NOT_AN_APPEAL', 15],
  ['ABUSE', 5],
]);

/** The demo voters' first appeals: voter1 writes from Yekaterinburg, voter2 from Nizhny Tagil. */
const DEMO_VOTER_APPEALS: readonly (readonly [login: string, territoryId: string])[] = [
  ['voter1', '66-ekaterinburg'],
  ['voter2', '66-nizhny-tagil'],
  ['voter1', '66-ekaterinburg'],
  ['voter2', '66-nizhny-tagil'],
  ['voter1', '66-ekaterinburg'],
  ['voter1', '66-ekaterinburg'],
  ['voter2', '66-nizhny-tagil'],
  ['voter1', '66-ekaterinburg'],
];

type SimulatedAppeal = Readonly<{ appealId: string; events: readonly NewEvent[]; status: AppealStatus }>;

function simulateAppeal(world: World, seed: number, index: number): SimulatedAppeal {
  const random = new SeededRandom(hashSeed('demo-appeal', seed, index));
  const appealId = derivedUuid('demo', seed, 'appeal', index);
  const history = new AppealHistory(appealId, world.nowMs);
  const outcome = random.weighted(OUTCOMES);

  // When: open ones are recent; the rest anywhere in the year, more in winter.
  const submittedMs = outcome === 'OPEN' ? world.nowMs - random.between(0.05, 24) * DAY : submissionTime(random, world.nowMs);
  const month = new Date(submittedMs).getUTCMonth();
  const demoVoter = DEMO_VOTER_APPEALS[index];
  const territory = demoVoter ? TERRITORIES.find((candidate) => candidate.id === demoVoter[1])! : random.weighted(world.territories);
  const category = random.weighted(world.categoriesByMonth[month]);
  const subjectId = demoVoter
    ? accountId(demoVoter[0])
    : derivedUuid('demo', seed, 'voter', territory.id, random.int(world.votersPerTerritory.get(territory.id)!));
  const voter: Actor = { actorId: subjectId, role: 'VOTER' };
  const routed = route(world.rules, territory.id, category.id, category.parentId);
  if (!routed) throw new Error(`No routing rule for ${territory.id}: every demo territory has one`);
  let deputy = world.deputies.get(routed.deputyId)!;
  const template = random.pick(texts.APPEAL_TEMPLATES[category.parentId] ?? texts.APPEAL_TEMPLATES.other);
  const fill = (text: string): string => text.replaceAll('{place}', territory.nameRu).replaceAll('{n}', String(1 + random.int(120)));

  history.run(
    'SubmitAppeal',
    {
      subjectId,
      regionCode: territory.regionCode,
      territoryId: territory.id,
      categoryId: category.id,
      subject: fill(template.subject),
      text: fill(template.text),
      addressedDeputyId: null,
      deputyId: deputy.deputyId,
      routingRuleId: routed.ruleId,
      policyVersion: PERSONAL_DATA_POLICY_VERSION,
      firstResponseTargetHours: category.firstResponseTargetHours,
    },
    voter,
    submittedMs,
  );

  const asDeputy = (): Actor =>
    deputy.assistantId && random.chance(0.4)
      ? { actorId: deputy.assistantId, role: 'ASSISTANT', deputyId: deputy.deputyId }
      : { actorId: deputy.userId, role: 'DEPUTY', deputyId: deputy.deputyId };
  const moderator: Actor = {
    actorId: territory.regionCode === '66' ? accountId('moderator1') : derivedUuid('demo', seed, 'moderator', territory.regionCode),
    role: 'MODERATOR',
  };
  const at = (): number => history.lastMs;

  /** A first response, mostly within the category's target; weaker deputies are late more often. */
  const acknowledge = (): boolean => {
    const target = category.firstResponseTargetHours * HOUR;
    const late = random.chance(0.04 + 0.12 * (1 - deputy.quality));
    return history.run(
      'AcknowledgeAppeal',
      {},
      asDeputy(),
      at() + (late ? target * random.between(1.1, 3) : target * random.between(0.05, 0.9)),
    );
  };

  /** Works on the appeal and answers it: before the due date unless `late`. */
  const handleAndAnswer = (late: boolean): boolean => {
    if (random.chance(0.04)) {
      const colleagues = world.deputiesByTerritory.get(territory.id)!.filter((candidate) => candidate.deputyId !== deputy.deputyId);
      if (colleagues.length > 0) {
        const to = random.pick(colleagues);
        if (
          !history.run(
            'ForwardAppeal',
            { to: { kind: 'DEPUTY', deputyId: to.deputyId }, reason: random.pick(texts.FORWARD_REASONS) },
            asDeputy(),
            at() + random.between(2, 48) * HOUR,
          )
        )
          return false;
        deputy = to;
        if (!acknowledge()) return false;
      }
    }
    if (random.chance(0.15)) {
      if (
        !history.run(
          'RequestClarification',
          { question: random.pick(texts.CLARIFICATION_QUESTIONS) },
          asDeputy(),
          at() + random.between(0.5, 5) * DAY,
        )
      )
        return false;
      // A late answer is late on the deputy's side: the voter did reply.
      if (
        (late || random.chance(0.85)) &&
        !history.run('ProvideClarification', { text: random.pick(texts.CLARIFICATIONS) }, voter, at() + random.between(0.1, 4) * DAY)
      )
        return false;
    }
    if (random.chance(late ? 0.3 : 0.1)) {
      const days = 10 + random.int(21);
      if (
        !history.run(
          'ExtendDeadline',
          { days, reason: random.pick(texts.EXTENSION_REASONS) },
          asDeputy(),
          at() + random.between(0.5, 3) * DAY,
        )
      )
        return false;
    }
    const dueMs = history.answerDueMs();
    const answerMs = late
      ? dueMs + random.between(1, 20) * DAY
      : Math.min(at() + random.between(1, 8 + 18 * (1 - deputy.quality)) * DAY, dueMs - random.between(2, 48) * HOUR);
    return history.run('AnswerAppeal', { text: random.pick(texts.ANSWERS) }, asDeputy(), answerMs);
  };

  /** The voter rates the answer (60%): scores follow the deputy's quality. */
  const maybeFeedback = (probability: number, late: boolean, solvedOverride?: Solved): boolean => {
    if (!random.chance(probability)) return true;
    const score = (bias: number): number => Math.min(5, Math.max(1, Math.round(1 + 4 * deputy.quality + bias + random.between(-1.2, 1.2))));
    const solved: Solved = solvedOverride ?? (random.chance(0.15 + 0.6 * deputy.quality) ? 'YES' : random.chance(0.5) ? 'PARTLY' : 'NO');
    const quality = score(solved === 'NO' ? -1 : 0);
    const comment = random.chance(0.3) ? random.pick(quality >= 4 ? texts.FEEDBACK_COMMENTS.good : texts.FEEDBACK_COMMENTS.bad) : null;
    return history.run(
      'SubmitFeedback',
      { promptness: score(late ? -1.5 : 0), quality, attentiveness: score(0.3), solved, comment },
      voter,
      at() + random.between(0.1, 10) * DAY,
    );
  };

  const live = (): boolean => {
    switch (outcome) {
      case 'ANSWERED':
        return acknowledge() && handleAndAnswer(false) && maybeFeedback(0.6, false);
      case 'OVERDUE':
        return acknowledge() && handleAndAnswer(true) && maybeFeedback(0.5, true);
      case 'REOPENED': {
        if (!(acknowledge() && handleAndAnswer(false))) return false;
        const disputed = random.chance(0.5);
        if (disputed && !maybeFeedback(1, false, random.chance(0.5) ? 'NO' : 'PARTLY')) return false;
        if (
          !history.run(
            'ReopenAppeal',
            { reason: random.pick(texts.REOPEN_REASONS) },
            voter,
            at() + random.between(1, disputed ? 10 : 20) * DAY,
          )
        )
          return false;
        if (random.chance(0.7) && !history.run('AcknowledgeAppeal', {}, asDeputy(), at() + random.between(2, 48) * HOUR)) return false;
        const dueMs = history.answerDueMs();
        return (
          history.run(
            'AnswerAppeal',
            { text: random.pick(texts.ANSWERS) },
            asDeputy(),
            Math.min(at() + random.between(2, 20) * DAY, dueMs - HOUR),
          ) && maybeFeedback(0.6, false)
        );
      }
      case 'REJECTED': {
        const byDeputy = random.chance(0.3);
        if (byDeputy && !acknowledge()) return false;
        const reason = random.weighted(REJECT_REASONS);
        const note = reason === 'DUPLICATE' ? 'Повторяет ранее поданное обращение.' : null;
        return history.run('RejectAppeal', { reason, note }, byDeputy ? asDeputy() : moderator, at() + random.between(1, 72) * HOUR);
      }
      case 'WITHDRAWN':
        if (random.chance(0.5) && !acknowledge()) return false;
        return history.run('WithdrawAppeal', {}, voter, at() + random.between(0.2, 10) * DAY);
      case 'OPEN':
        if (random.chance(0.3)) return true; // not acknowledged yet
        if (!acknowledge()) return false;
        if (random.chance(0.2))
          return history.run(
            'RequestClarification',
            { question: random.pick(texts.CLARIFICATION_QUESTIONS) },
            asDeputy(),
            at() + random.between(0.5, 5) * DAY,
          );
        return true;
    }
  };
  live();
  history.sweepUntil(world.nowMs);
  return { appealId, events: history.events, status: history.state.status as AppealStatus };
}

/** A time in the 365 days before now, more often in the months with more appeals, in waking hours. */
function submissionTime(random: SeededRandom, nowMs: number): number {
  for (;;) {
    const dayStart = Math.floor((nowMs - (1 + random.int(365)) * DAY) / DAY) * DAY;
    if (random.next() * 1.25 > MONTH_VOLUME[new Date(dayStart).getUTCMonth()]) continue;
    return dayStart + random.between(3, 19) * HOUR; // 08:00–24:00 Yekaterinburg time
  }
}
