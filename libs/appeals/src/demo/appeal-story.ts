/** One demo appeal's story: who writes, about what, to whom, and how it goes, as commands through the decider. */
import type { NewEvent } from '@app/event-store';
import { PERSONAL_DATA_POLICY_VERSION } from '../submit-appeal/personal-data-policy';
import type { RejectReason, Solved } from '../domain/appeal-events';
import type { AppealStatus } from '../domain/appeal-state';
import { TERRITORIES } from '../registry/reference-data';
import { route } from '../registry/routing';
import { type Actor, AppealHistory } from './appeal-history';
import * as texts from './demo-texts';
import { accountId } from './generated-registry';
import { derivedUuid, hashSeed, SeededRandom, weightedTable } from './seeded-random';
import { DAY, HOUR, submissionTime, type World } from './world';

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

export type SimulatedAppeal = Readonly<{ appealId: string; events: readonly NewEvent[]; status: AppealStatus }>;

/** The `index`th appeal of the seed's year: the same arguments give the same events. */
export function simulateAppeal(world: World, seed: number, index: number): SimulatedAppeal {
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
