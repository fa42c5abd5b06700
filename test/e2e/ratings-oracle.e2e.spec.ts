import { randomUUID } from 'node:crypto';
import { type AppealCommand, type AppealState, type CommandMetadata, decide, evolve, initialState } from '@app/appeals/domain';
import type { AppealEvent, Solved } from '@app/appeals/domain/appeal-events';
import {
  type GlobalPosition,
  type NewEvent,
  parsePosition,
  PostgresEventStore,
  START,
  type StoredEvent,
  comparePositions,
} from '@app/event-store';
import { MIN_DISTINCT_VOTERS, type RawCell, suppress } from '@app/analytics/queries/suppression';
import { type DeputyCounts, rateDeputies } from '@app/ratings/formulas/rating-formulas';
import { type RunningApi, startApi } from '@test/running-api';

/**
 * An independent oracle: the demo year of appeals is read back from the event log and every rating and
 * analytics figure is recomputed here, from the events and docs/ratings.md / docs/analytics.md alone, without
 * the SQL or the projections under test. Only the pure, separately unit-tested pieces are shared:
 * `rateDeputies` (counts → scores) and `suppress` (which cells to hide).
 */

const REGION = '66';
/** deputy1 of the demo accounts: Yekaterinburg's district deputy, the busiest of the region. */
const DEPUTY1 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0001';
const DEMO_APPEALS = 2500;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---- the event log, folded into cases ------------------------------------------------------------------------

type CaseEnd = 'REASSIGNED' | 'FORWARDED' | 'FORWARDED_TO_AUTHORITY' | 'REJECTED' | 'WITHDRAWN';
type Feedback = Readonly<{ at: number; promptness: number; quality: number; attentiveness: number; solved: Solved }>;

/** One assignment of an appeal to a deputy, with the facts that happened while it was theirs. */
type Case = {
  deputyId: string;
  subjectId: string;
  receivedAt: number;
  /** The category's first-response target runs from the case's start: a deputy an appeal is passed to gets the full time. */
  firstResponseDueAt: number | null;
  end: { at: number; kind: CaseEnd } | null;
  /** Acknowledgement, clarification request, answer or forwarding by this deputy. */
  firstResponseAt: number | null;
  answers: Array<{ at: number; dueAt: number }>;
  /** markedAt of the ANSWER deadline marks recorded during the case. */
  answerOverdueAt: number[];
  reopenedAt: number[];
  feedback: Feedback[];
};

type Appeal = {
  appealId: string;
  subjectId: string;
  regionCode: string;
  submittedAt: number;
  /** The category's first-response target (due − submitted), null without one. */
  firstResponseTarget: number | null;
  categories: Array<{ at: number; categoryId: string }>;
  cases: Case[];
  /** Appeal-level facts, for the analytics cohorts. */
  firstResponseAt: number | null;
  answeredAt: number[];
  answerOverdueAt: number[];
  /** Left the backlog: answered, rejected, withdrawn or forwarded to an authority. */
  settledAt: number[];
  feedback: Feedback[];
};

const ms = (iso: string): number => {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`Not a time: ${iso}`);
  return value;
};

/** Folds one appeal stream (in stream order) into its cases. */
function foldAppeal(events: readonly AppealEvent[]): Appeal {
  const [first] = events;
  if (first?.type !== 'AppealSubmitted') throw new Error(`An appeal stream starts with ${first?.type}`);
  const s = first.data;
  const appeal: Appeal = {
    appealId: s.appealId,
    subjectId: s.subjectId,
    regionCode: s.regionCode,
    submittedAt: ms(s.submittedAt),
    firstResponseTarget: s.firstResponseDueAt === null ? null : ms(s.firstResponseDueAt) - ms(s.submittedAt),
    categories: [{ at: ms(s.submittedAt), categoryId: s.categoryId }],
    cases: [],
    firstResponseAt: null,
    answeredAt: [],
    answerOverdueAt: [],
    settledAt: [],
    feedback: [],
  };
  const open = (): Case | undefined => {
    const last = appeal.cases.at(-1);
    return last && last.end === null ? last : undefined;
  };
  const end = (at: number, kind: CaseEnd): void => {
    const current = open();
    if (current) current.end = { at, kind };
  };
  const responded = (at: number, deputyId: string): void => {
    appeal.firstResponseAt ??= at;
    const current = open();
    if (!current || current.deputyId !== deputyId)
      throw new Error(`${appeal.appealId}: a response by ${deputyId}, who does not hold the appeal`);
    current.firstResponseAt ??= at;
  };
  for (const event of events.slice(1)) {
    switch (event.type) {
      case 'AppealAssigned': {
        const at = ms(event.data.assignedAt);
        // A moderator's reassignment ends the previous case here; a forwarding ended it already.
        end(at, 'REASSIGNED');
        appeal.cases.push({
          deputyId: event.data.deputyId,
          subjectId: appeal.subjectId,
          receivedAt: at,
          firstResponseDueAt: appeal.firstResponseTarget === null ? null : at + appeal.firstResponseTarget,
          end: null,
          firstResponseAt: null,
          answers: [],
          answerOverdueAt: [],
          reopenedAt: [],
          feedback: [],
        });
        break;
      }
      case 'AppealCategorized':
        appeal.categories.push({ at: ms(event.data.categorizedAt), categoryId: event.data.categoryId });
        break;
      case 'AppealAcknowledged':
        responded(ms(event.data.acknowledgedAt), event.data.deputyId);
        break;
      case 'ClarificationRequested':
        responded(ms(event.data.requestedAt), event.data.deputyId);
        break;
      case 'AppealForwarded': {
        const at = ms(event.data.forwardedAt);
        responded(at, event.data.fromDeputyId);
        end(at, event.data.to.kind === 'DEPUTY' ? 'FORWARDED' : 'FORWARDED_TO_AUTHORITY');
        if (event.data.to.kind === 'AUTHORITY') appeal.settledAt.push(at);
        break;
      }
      case 'AppealAnswered': {
        const at = ms(event.data.answeredAt);
        responded(at, event.data.deputyId);
        const dueAt = ms(event.data.answerDueAt);
        open()!.answers.push({ at, dueAt });
        // docs/analytics.md: answered after its due date with no overdue mark (the sweep missed it) is a miss all the same, at the due date.
        if (at > dueAt && appeal.answerOverdueAt.length === 0) appeal.answerOverdueAt.push(dueAt);
        appeal.answeredAt.push(at);
        appeal.settledAt.push(at);
        break;
      }
      case 'AppealReopened':
        open()!.reopenedAt.push(ms(event.data.reopenedAt));
        break;
      case 'AppealRejected':
        end(ms(event.data.rejectedAt), 'REJECTED');
        appeal.settledAt.push(ms(event.data.rejectedAt));
        break;
      case 'AppealWithdrawn':
        end(ms(event.data.withdrawnAt), 'WITHDRAWN');
        appeal.settledAt.push(ms(event.data.withdrawnAt));
        break;
      case 'AppealOverdue':
        if (event.data.deadline === 'ANSWER') {
          open()?.answerOverdueAt.push(ms(event.data.markedAt));
          appeal.answerOverdueAt.push(ms(event.data.markedAt));
        }
        break;
      case 'FeedbackSubmitted': {
        const d = event.data;
        const feedback: Feedback = {
          at: ms(d.submittedAt),
          promptness: d.promptness,
          quality: d.quality,
          attentiveness: d.attentiveness,
          solved: d.solved,
        };
        // Attributed to the deputy who answered: the holder of the (answered) case.
        const current = open();
        if (!current || current.deputyId !== d.deputyId || current.answers.length === 0)
          throw new Error(`${appeal.appealId}: feedback for ${d.deputyId} off an answered case`);
        current.feedback.push(feedback);
        appeal.feedback.push(feedback);
        break;
      }
      case 'AppealSubmitted':
        throw new Error(`${appeal.appealId}: submitted twice`);
      case 'DeadlineExtended':
      case 'ClarificationProvided':
      case 'AppealClosed':
        break; // the due date in force is carried by AppealAnswered; closing changes no figure
    }
  }
  return appeal;
}

// ---- ratings: DeputyCounts as docs/ratings.md "What counts" defines them ------------------------------------

const RATING_WINDOW_MONTHS = 12;
const ANSWERABLE_AFTER_DAYS = 30;

/** The same wall-clock time `months` calendar months earlier (UTC), the day clamped to the month's length. */
function monthsBefore(at: number, months: number): number {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(
    year,
    month,
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

const emptyStats = (): { n: number; sum: number; sumSquares: number } => ({ n: 0, sum: 0, sumSquares: 0 });
const add = (stats: { n: number; sum: number; sumSquares: number }, value: number): void => {
  stats.n += 1;
  stats.sum += value;
  stats.sumSquares += value * value;
};

/**
 * The median of first-response times where "not yet" is infinitely long: the lower middle value, so that it
 * is null exactly when fewer than half the values are finite (docs/ratings.md, "One definition for every
 * screen": the ratings, the analytics and the public figures alike). Shown to one decimal.
 */
function censoredMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const median = [...values].sort((a, b) => a - b)[Math.ceil(values.length / 2) - 1];
  return Number.isFinite(median) ? Math.round(median * 10) / 10 : null;
}

/** What a deputy's record was at instant `asOf` (facts with a time ≤ asOf), within the rating window. */
function deputyCounts(deputyId: string, cases: readonly Case[], asOf: number): DeputyCounts & { medianFirstResponseHours: number | null } {
  const windowStart = monthsBefore(asOf, RATING_WINDOW_MONTHS);
  const known = (at: number | null | undefined): at is number => at !== null && at !== undefined && at <= asOf;
  const counts = {
    received: 0,
    answerable: 0,
    answered: 0,
    deadlineDecided: 0,
    deadlineMet: 0,
    firstResponseDecided: 0,
    firstResponseOnTarget: 0,
    reopenBase: 0,
    reopened: 0,
    feedback: 0,
    solved: 0,
  };
  const promptness = emptyStats();
  const quality = emptyStats();
  const attentiveness = emptyStats();
  const perVoter = new Map<string, number>();
  const responseHours: number[] = [];

  for (const c of cases) {
    // The latest feedback per case counts when given within the window, whenever the case was received.
    const latest = c.feedback.filter((f) => known(f.at)).at(-1);
    if (latest && latest.at > windowStart) {
      counts.feedback += 1;
      if (latest.solved === 'YES') counts.solved += 1;
      add(promptness, latest.promptness);
      add(quality, latest.quality);
      add(attentiveness, latest.attentiveness);
      perVoter.set(c.subjectId, (perVoter.get(c.subjectId) ?? 0) + 1);
    }

    if (!known(c.receivedAt) || c.receivedAt <= windowStart) continue;
    counts.received += 1;
    const end = c.end && known(c.end.at) ? c.end : null;
    const firstAnswer = c.answers.find((a) => known(a.at));
    const firstMark = c.answerOverdueAt.find(known);
    const response = known(c.firstResponseAt) ? c.firstResponseAt : null;

    // Answered share: a case that left the deputy (or ended) before it was overdue is not held against them.
    const leftBeforeOverdue = end !== null && !firstAnswer && (firstMark === undefined || firstMark > end.at);
    if (!leftBeforeOverdue && (firstAnswer || c.receivedAt <= asOf - ANSWERABLE_AFTER_DAYS * DAY)) {
      counts.answerable += 1;
      if (firstAnswer) counts.answered += 1;
    }

    // Deadline: decided by an answer or an overdue mark. Met when no deadline of the case was marked missed and
    // every answer came by the due date in force then: a reopened appeal's new deadline counts too, or ignoring
    // a reopened appeal would pay ("an overdue one counts as a missed deadline").
    const answers = c.answers.filter((a) => known(a.at));
    const marked = firstMark !== undefined;
    if (answers.length > 0 || marked) {
      counts.deadlineDecided += 1;
      if (!marked && answers.every((a) => a.at <= a.dueAt)) counts.deadlineMet += 1;
    }

    // First response: decided by a response, or by the target passing without one while the case was open.
    const due = c.firstResponseDueAt;
    if (due !== null) {
      if (response !== null) {
        counts.firstResponseDecided += 1;
        if (response <= due) counts.firstResponseOnTarget += 1;
      } else if (due <= asOf && (end === null || end.at >= due)) {
        counts.firstResponseDecided += 1;
      }
    }

    // Median: no response yet is infinitely long, unless the case ended without one for reasons not the deputy's.
    if (response !== null) responseHours.push((response - c.receivedAt) / HOUR);
    else if (!(end && (end.kind === 'REASSIGNED' || end.kind === 'REJECTED' || end.kind === 'WITHDRAWN')))
      responseHours.push(Number.POSITIVE_INFINITY);

    if (firstAnswer) {
      counts.reopenBase += 1;
      if (c.reopenedAt.some(known)) counts.reopened += 1;
    }
  }
  const voterCounts = [...perVoter.values()];
  return {
    deputyId,
    ...counts,
    medianFirstResponseHours: censoredMedian(responseHours),
    promptness,
    quality,
    attentiveness,
    distinctVoters: voterCounts.length,
    voterCountSquares: voterCounts.reduce((sum, n) => sum + n * n, 0),
  };
}

type Deputy = Readonly<{ deputyId: string; fullName: string }>;

/** The region's ratings at instant `asOf`, shaped as the GraphQL `deputyRatings` returns them. */
function oracleRatings(regionCode: string, deputies: readonly Deputy[], appeals: readonly Appeal[], asOf: number) {
  const casesOf = new Map<string, Case[]>(deputies.map((d) => [d.deputyId, []]));
  for (const appeal of appeals) {
    for (const c of appeal.cases) casesOf.get(c.deputyId)?.push(c);
  }
  const counts = deputies.map((d) => deputyCounts(d.deputyId, casesOf.get(d.deputyId)!, asOf));
  const countsOf = new Map(counts.map((c) => [c.deputyId, c]));
  const nameOf = new Map(deputies.map((d) => [d.deputyId, d.fullName]));
  const rows = rateDeputies(counts).map(({ components, ...score }) => {
    const c = countsOf.get(score.deputyId)!;
    return {
      ...score,
      fullName: nameOf.get(score.deputyId)!,
      regionCode,
      received: c.received,
      answered: c.answered,
      medianFirstResponseHours: c.medianFirstResponseHours,
      feedback: c.feedback,
      distinctVoters: c.distinctVoters,
      flags: [...score.flags],
      breakdown: components,
    };
  });
  return { ranked: rows.filter((row) => row.ranked), belowMinimumSample: rows.filter((row) => !row.ranked) };
}

// ---- analytics: cohorts as docs/analytics.md defines them -------------------------------------------------

type Figures = Readonly<{
  submitted: number;
  answered: number;
  resolved: number | null;
  overdue: number;
  backlog: number;
  medianResponseHours: number | null;
  satisfaction: number | null;
  feedback: number;
}>;

/** The cells of appeals submitted in [lo, hi), grouped by `keyOf`, as they stood at hi (facts before hi). */
function oracleCells(appeals: readonly Appeal[], lo: number, hi: number, keyOf: (appeal: Appeal) => string) {
  const groups = new Map<string, Appeal[]>();
  const cohort = appeals.filter((a) => a.submittedAt >= lo && a.submittedAt < hi);
  for (const appeal of cohort) {
    const key = keyOf(appeal);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(appeal);
  }
  const before = (at: number): boolean => at < hi;
  const cell = (members: readonly Appeal[]): RawCell<Figures> => {
    const responses: number[] = [];
    const raters = new Set<string>();
    const responders = new Set<string>();
    let scoreSum = 0; // of the three scores of each latest verdict: a whole number, so the mean is exact
    const figures = { submitted: members.length, answered: 0, resolved: 0, overdue: 0, backlog: 0, feedback: 0 };
    for (const a of members) {
      if (a.answeredAt.some(before)) figures.answered += 1;
      if (a.answerOverdueAt.some(before)) figures.overdue += 1;
      if (!a.settledAt.some(before)) figures.backlog += 1;
      if (a.firstResponseAt !== null && before(a.firstResponseAt)) {
        responses.push((a.firstResponseAt - a.submittedAt) / HOUR);
        responders.add(a.subjectId);
      } else if (!a.settledAt.some(before)) {
        // Still waiting at the end of the range: "not yet" (rejected or withdrawn without a response: left out).
        responses.push(Number.POSITIVE_INFINITY);
      }
      const latest = a.feedback.filter((f) => before(f.at)).at(-1);
      if (latest) {
        raters.add(a.subjectId);
        figures.feedback += 1;
        if (latest.solved === 'YES') figures.resolved += 1;
        scoreSum += latest.promptness + latest.quality + latest.attentiveness;
      }
    }
    const voters = [...new Set(members.map((a) => a.subjectId))];
    const middle = censoredMedian(responses);
    return {
      // docs/analytics.md: verdict and response figures of fewer than k people are withheld.
      figures: {
        ...figures,
        resolved: raters.size < MIN_DISTINCT_VOTERS ? null : figures.resolved,
        medianResponseHours: responders.size < MIN_DISTINCT_VOTERS ? null : middle,
        satisfaction:
          figures.feedback === 0 || raters.size < MIN_DISTINCT_VOTERS ? null : Number((scoreSum / (3 * figures.feedback)).toFixed(2)),
      },
      voters: voters.length,
      smallVoters: voters.length < MIN_DISTINCT_VOTERS ? voters : null,
      size: members.length,
    };
  };
  return { groups, total: cell(cohort), cell };
}

// ---- time in the region ------------------------------------------------------------------------------------

/** The offset of `timeZone` from UTC at instant `at`, in ms. */
function zoneOffset(timeZone: string, at: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(at))
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(at / 1000) * 1000;
}

/** The instant a day (YYYY-MM-DD) begins in `timeZone`. */
function startOfDay(date: string, timeZone: string): number {
  const utc = ms(`${date}T00:00:00Z`);
  return utc - zoneOffset(timeZone, utc - zoneOffset(timeZone, utc));
}

const nextDay = (date: string): string => new Date(ms(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
/** asOf semantics: the last instant of that day in the region. */
const endOfDay = (date: string, timeZone: string): number => startOfDay(nextDay(date), timeZone) - 1;
const dateIn = (at: number, timeZone: string): string => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(at));
const lastDayOfMonth = (year: number, month0: number): string => new Date(Date.UTC(year, month0 + 1, 0)).toISOString().slice(0, 10);
/** The first day of every month from the month of `from` to the month of `to`. */
function monthsOf(from: string, to: string): string[] {
  const [year, month] = from.split('-').map(Number);
  const months: string[] = [];
  for (let i = 0; ; i++) {
    const first = new Date(Date.UTC(year, month - 1 + i, 1)).toISOString().slice(0, 10);
    if (first > to) return months;
    months.push(first);
  }
}

// ---- histories the demo does not write ---------------------------------------------------------------------

type Actor = Omit<CommandMetadata, 'commandId' | 'at'>;
type Step = readonly [daysAgo: number, type: AppealCommand['type'], data: Record<string, unknown>, actor: Actor];

/** An appeal's events from commands run through the decider at past times, as the platform would have recorded them. */
function pastHistory(appealId: string, now: number, steps: readonly Step[]): NewEvent[] {
  let state: AppealState = initialState;
  const events: NewEvent[] = [];
  for (const [daysAgo, type, data, actor] of steps) {
    const at = new Date(now - daysAgo * DAY).toISOString();
    const decided = decide(
      { type, data: { ...data, appealId }, metadata: { ...actor, commandId: randomUUID(), at } } as AppealCommand,
      state,
    );
    if (decided.length === 0) throw new Error(`${type} ${daysAgo} days ago changed nothing`);
    for (const event of decided) {
      state = evolve(state, event);
      events.push({ type: event.type, data: event.data, metadata: { actorId: actor.actorId, occurredAt: at } });
    }
  }
  return events;
}

type Place = Readonly<{ regionCode: string; territoryId: string; deputyId: string; colleagueId: string }>;
type PastAppeal = Readonly<{ appealId: string; events: NewEvent[] }>;
const system: Actor = { actorId: 'system:deadlines', role: 'SYSTEM' };
const answer = { text: 'Яму заделали.' };

type Category = Readonly<{ categoryId: string; targetHours: number }>;
const ROAD_REPAIR: Category = { categoryId: 'roads.repair', targetHours: 24 };

/** The people of a place and a way to write a past appeal there (by default about road repair, with a first-response target of 24 hours). */
function pastAppeals(place: Place, now: number) {
  const deputy: Actor = { actorId: randomUUID(), role: 'DEPUTY', deputyId: place.deputyId };
  const colleague: Actor = { actorId: randomUUID(), role: 'DEPUTY', deputyId: place.colleagueId };
  const moderator: Actor = { actorId: randomUUID(), role: 'MODERATOR' };
  const appeal = (subjectId: string, submittedDaysAgo: number, steps: (author: Actor) => Step[], category = ROAD_REPAIR): PastAppeal => {
    const author: Actor = { actorId: subjectId, role: 'VOTER' };
    const submit: Step = [
      submittedDaysAgo,
      'SubmitAppeal',
      {
        subjectId,
        regionCode: place.regionCode,
        territoryId: place.territoryId,
        categoryId: category.categoryId,
        subject: 'Яма на дороге',
        text: 'Глубокая яма на проезжей части у дома 5.',
        deputyId: place.deputyId,
        routingRuleId: `oracle-${place.territoryId}`,
        policyVersion: '2026-11-01',
        firstResponseTargetHours: category.targetHours,
      },
      author,
    ];
    const appealId = randomUUID();
    return { appealId, events: pastHistory(appealId, now, [submit, ...steps(author)]) };
  };
  return { deputy, colleague, moderator, appeal };
}

const feedback = (solved: Solved, score: number) => ({ promptness: score, quality: score, attentiveness: score, solved });

/**
 * Cases at the edges of "What counts" that the demo generator never writes: outside the 12-month window,
 * passed on after the deadline, reassigned, rejected or withdrawn without a response, answered late without
 * an overdue mark, a due date moved by a pause and an extension, forwarded as the first response. And, for the
 * analytics of the range ending at `rangeEnd`: five appeals of two voters on a rare topic, and one submitted
 * just before the end and responded to after it.
 */
function edgeCases(place: Place, now: number, rangeEnd: number): PastAppeal[] {
  const { deputy, colleague, moderator, appeal } = pastAppeals(place, now);
  const beforeEnd = (now - rangeEnd) / DAY + 10;
  const [farmer, neighbour] = [randomUUID(), randomUUID()];
  const fewVoters = [farmer, farmer, farmer, neighbour, neighbour].map((subjectId, i) =>
    appeal(subjectId, beforeEnd + i, () => [[beforeEnd + i - 0.5, 'AcknowledgeAppeal', {}, deputy]], {
      categoryId: 'agriculture.farmer-support',
      targetHours: 72,
    }),
  );
  const colleagueId = place.colleagueId;
  const voter = randomUUID(); // one voter behind two appeals, for the distinct-voter counts
  return [
    ...fewVoters,
    appeal(randomUUID(), (now - rangeEnd) / DAY + 0.1, () => [[(now - rangeEnd) / DAY - 1, 'AcknowledgeAppeal', {}, deputy]]),
    // Received 13 months ago: out of today's window, though its feedback (11.5 months ago) is in it.
    appeal(voter, 395, (author) => [
      [394.9, 'AcknowledgeAppeal', {}, deputy],
      [364.99, 'MarkOverdue', { deadline: 'ANSWER' }, system],
      [360, 'AnswerAppeal', answer, deputy],
      [350, 'SubmitFeedback', feedback('YES', 5), author],
    ]),
    // Received and rated more than 12 months ago: out of today's window altogether.
    appeal(voter, 400, (author) => [
      [399.9, 'AcknowledgeAppeal', {}, deputy],
      [390, 'AnswerAppeal', answer, deputy],
      [380, 'SubmitFeedback', feedback('NO', 2), author],
    ]),
    // Forwarded after the deadline was missed: the miss stays with the first deputy; the colleague answers late.
    appeal(randomUUID(), 200, () => [
      [199.9, 'AcknowledgeAppeal', {}, deputy],
      [169.99, 'MarkOverdue', { deadline: 'ANSWER' }, system],
      [160, 'ForwardAppeal', { to: { kind: 'DEPUTY', deputyId: colleagueId }, reason: 'Не мой округ' }, deputy],
      [159.9, 'AcknowledgeAppeal', {}, colleague],
      [150, 'AnswerAppeal', answer, colleague],
      [119.99, 'CloseAppeal', {}, system],
    ]),
    // Reassigned by a moderator within the first-response target, before any response.
    appeal(randomUUID(), 100, () => [
      [99.5, 'AssignAppeal', { deputyId: colleagueId, reason: 'Ошибка маршрутизации' }, moderator],
      [99.4, 'AcknowledgeAppeal', {}, colleague],
      [95, 'AnswerAppeal', answer, colleague],
      [64.99, 'CloseAppeal', {}, system],
    ]),
    // Never responded to, both deadlines marked, then rejected by a moderator.
    appeal(randomUUID(), 80, () => [
      [78.99, 'MarkOverdue', { deadline: 'FIRST_RESPONSE' }, system],
      [49.99, 'MarkOverdue', { deadline: 'ANSWER' }, system],
      [45, 'RejectAppeal', { reason: 'DUPLICATE', note: null }, moderator],
    ]),
    // Withdrawn without a response after the first-response target, before the answer deadline.
    appeal(randomUUID(), 60, (author) => [[58.5, 'WithdrawAppeal', {}, author]]),
    // Answered a day late with no overdue mark (the sweep missed it).
    appeal(randomUUID(), 70, () => [
      [69.9, 'AcknowledgeAppeal', {}, deputy],
      [39, 'AnswerAppeal', answer, deputy],
      [8.99, 'CloseAppeal', {}, system],
    ]),
    // A clarification pause (4 days) and an extension (10 days) move the due date: answered on time.
    appeal(randomUUID(), 90, (author) => [
      [89.9, 'AcknowledgeAppeal', {}, deputy],
      [89, 'RequestClarification', { question: 'Уточните адрес' }, deputy],
      [85, 'ProvideClarification', { text: 'Дом 5, корпус 2' }, author],
      [80, 'ExtendDeadline', { days: 10, reason: 'Нужен выезд комиссии' }, deputy],
      [47, 'AnswerAppeal', answer, deputy],
      [16.99, 'CloseAppeal', {}, system],
    ]),
    // Forwarded to an outside authority before the deadline: out of the answered share.
    appeal(randomUUID(), 40, () => [
      [39.9, 'AcknowledgeAppeal', {}, deputy],
      [39, 'ForwardAppeal', { to: { kind: 'AUTHORITY', authority: 'Прокуратура' }, reason: 'Вне компетенции' }, deputy],
    ]),
    // Forwarded to a colleague as the first response, within the target.
    appeal(randomUUID(), 50, () => [
      [49.5, 'ForwardAppeal', { to: { kind: 'DEPUTY', deputyId: colleagueId }, reason: 'Не мой округ' }, deputy],
      [49.4, 'AcknowledgeAppeal', {}, colleague],
      [45, 'AnswerAppeal', answer, colleague],
      [14.99, 'CloseAppeal', {}, system],
    ]),
  ];
}

/** Reopened appeals whose new answer deadline was missed: answered late after the mark, or never answered again. */
function reopenedAndOverdue(place: Place, now: number): PastAppeal[] {
  const { deputy, appeal } = pastAppeals(place, now);
  return [
    appeal(randomUUID(), 120, (author) => [
      [119.9, 'AcknowledgeAppeal', {}, deputy],
      [110, 'AnswerAppeal', answer, deputy],
      [105, 'ReopenAppeal', { reason: 'Яма снова появилась' }, author],
      [74.99, 'MarkOverdue', { deadline: 'ANSWER' }, system],
      [70, 'AnswerAppeal', answer, deputy],
      [39.99, 'CloseAppeal', {}, system],
    ]),
    appeal(randomUUID(), 110, (author) => [
      [109.9, 'AcknowledgeAppeal', {}, deputy],
      [100, 'AnswerAppeal', answer, deputy],
      [95, 'ReopenAppeal', { reason: 'Ответ не по существу' }, author],
      [64.99, 'MarkOverdue', { deadline: 'ANSWER' }, system],
    ]),
  ];
}

// ---- comparing -----------------------------------------------------------------------------------------------

/** Every difference between actual and expected (paths), numbers equal to 1e-9 unless both are integers. */
function differences(actual: unknown, expected: unknown, path = '$'): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const same =
      Number.isInteger(actual) && Number.isInteger(expected)
        ? actual === expected
        : Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
    return same ? [] : [`${path}: ${actual} ≠ expected ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const diffs = actual.length === expected.length ? [] : [`${path}: length ${actual.length} ≠ expected ${expected.length}`];
    for (let i = 0; i < Math.min(actual.length, expected.length); i++) diffs.push(...differences(actual[i], expected[i], `${path}[${i}]`));
    return diffs;
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    return [...keys].flatMap((key) =>
      differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`),
    );
  }
  const show = (value: unknown): string =>
    value && typeof value === 'object' ? (Array.isArray(value) ? '[…]' : '{…}') : JSON.stringify(value);
  return Object.is(actual, expected) ? [] : [`${path}: ${show(actual)} ≠ expected ${show(expected)}`];
}

/** A region's ratings as the order of deputies and each deputy's row by id, so a difference names the deputy. */
const byDeputy = (ratings: { ranked: ReadonlyArray<{ deputyId: string }>; belowMinimumSample: ReadonlyArray<{ deputyId: string }> }) => ({
  ranked: ratings.ranked.map((row) => row.deputyId),
  belowMinimumSample: ratings.belowMinimumSample.map((row) => row.deputyId),
  rows: Object.fromEntries([...ratings.ranked, ...ratings.belowMinimumSample].map((row) => [row.deputyId, row])),
});

type RateCounts = Readonly<{ successes: number; total: number }>;
type RatingCounts = Readonly<{
  deputyId: string;
  received: number;
  answered: number;
  medianFirstResponseHours: number | null;
  answeredShare: RateCounts;
  deadlineCompliance: RateCounts;
  firstResponseOnTarget: RateCounts;
  resolutionRate: RateCounts;
  reopenRate: RateCounts;
  promptness: { count: number };
  feedback: number;
  distinctVoters: number;
}>;
/** Only the counts of each deputy: where they differ, every derived figure of the region differs too (the prior). */
const countsOf = (ratings: { ranked: readonly RatingCounts[]; belowMinimumSample: readonly RatingCounts[] }) =>
  Object.fromEntries(
    [...ratings.ranked, ...ratings.belowMinimumSample].map((row) => [
      row.deputyId,
      {
        received: row.received,
        answered: row.answered,
        medianFirstResponseHours: row.medianFirstResponseHours,
        feedback: row.feedback,
        distinctVoters: row.distinctVoters,
        ratings: row.promptness.count,
        ...Object.fromEntries(
          (['answeredShare', 'deadlineCompliance', 'firstResponseOnTarget', 'resolutionRate', 'reopenRate'] as const).map((key) => [
            key,
            `${row[key].successes}/${row[key].total}`,
          ]),
        ),
      },
    ]),
  );

// ---- GraphQL ------------------------------------------------------------------------------------------------

const RATE = 'successes total rate interval { low high } shrunk';
const MEAN = 'count mean shrunk interval { low high }';
const RATING = `deputyId fullName regionCode ranked rank score received answered medianFirstResponseHours
  answeredShare { ${RATE} } deadlineCompliance { ${RATE} } firstResponseOnTarget { ${RATE} } resolutionRate { ${RATE} } reopenRate { ${RATE} }
  promptness { ${MEAN} } quality { ${MEAN} } attentiveness { ${MEAN} }
  feedback distinctVoters effectiveVoters flags breakdown { key weight value points }`;
const CELL = 'key nameRu nameEn suppressed submitted answered resolved overdue backlog medianResponseHours satisfaction feedback';

type Ratings = { asOf: string; ranked: RatingCounts[]; belowMinimumSample: RatingCounts[] };
type Detail = {
  asOf: string;
  rating: RatingCounts;
  trend: Array<{ month: string; asOf: string; score: number; ranked: boolean; rank: number | null; answered: number }>;
};
type Cell = Readonly<
  { key: string; nameRu: string | null; nameEn: string | null; suppressed: boolean } & { [K in keyof Figures]: Figures[K] | null }
>;
type Analytics = { cells: Cell[]; total: Cell };

describe('ratings and analytics against a recomputation from the event log', () => {
  /** A second region, for reopened appeals whose new deadline was missed (see the last tests). */
  const OTHER_REGION = '74';
  let api: RunningApi;
  let token: string;
  const regions = new Map<string, Readonly<{ timeZone: string; deputies: Deputy[] }>>();
  let categories: Map<string, { parentId: string | null; nameRu: string; nameEn: string }>;
  const timeZoneOf = (regionCode: string): string => regions.get(regionCode)!.timeZone;

  const sql = <T>(text: string, values: unknown[] = []): Promise<T[]> => api.sql<T>(text, values);

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.graphql(query, { token, variables });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data as T;
  };

  /** The head of the log once every projection has applied it. */
  const settledHead = async (): Promise<string> => {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
      const health = (await (await fetch(`${api.base}/healthz`)).json()) as {
        eventLog: { head: string | null };
        projections: Array<{ caughtUp: boolean; lastError: string | null }>;
      };
      const failing = health.projections.find((p) => p.lastError !== null);
      if (failing) throw new Error(`A projection fails: ${failing.lastError}`);
      if (health.eventLog.head && health.projections.every((p) => p.caughtUp)) return health.eventLog.head;
    }
    throw new Error('The projections did not catch up');
  };

  /** Every appeal, folded from the log as it stood at `head` (read once per head). */
  const logs = new Map<string, Promise<Appeal[]>>();
  const readAppeals = (head: string): Promise<Appeal[]> => {
    if (!logs.has(head)) logs.set(head, readLog(head));
    return logs.get(head)!;
  };
  const readLog = async (head: string): Promise<Appeal[]> => {
    const store = await PostgresEventStore.create({ connectionString: api.databaseUrl(), poolSize: 2 });
    const until: GlobalPosition = parsePosition(head);
    const streams = new Map<string, StoredEvent[]>();
    try {
      for (let from = START; ;) {
        const batch = await store.readAll(from, 5000);
        const upToHead = batch.filter((event) => comparePositions(event.position, until) <= 0);
        for (const event of upToHead) {
          if (!event.streamId.startsWith('appeal-')) continue;
          if (!streams.has(event.streamId)) streams.set(event.streamId, []);
          streams.get(event.streamId)!.push(event);
        }
        if (upToHead.length < batch.length || batch.length === 0) break;
        from = batch.at(-1)!.position;
      }
    } finally {
      await store.close();
    }
    return [...streams.values()].map((events) =>
      foldAppeal(
        events.sort((a, b) => a.streamVersion - b.streamVersion).map((event) => ({ type: event.type, data: event.data }) as AppealEvent),
      ),
    );
  };

  /**
   * Runs the queries while the log stands still (the same head, caught up, before and after, so the deadline
   * sweeper cannot slip an event in between), and returns the log they saw.
   */
  const consistently = async <T>(
    queries: () => Promise<T>,
  ): Promise<{ result: T; appeals: Appeal[]; startedAt: number; endedAt: number }> => {
    for (let attempt = 1; ; attempt++) {
      const head = await settledHead();
      const startedAt = Date.now();
      const result = await queries();
      const endedAt = Date.now();
      if ((await settledHead()) === head) return { result, appeals: await readAppeals(head), startedAt, endedAt };
      if (attempt === 5) throw new Error('The event log kept moving under the queries');
    }
  };

  /**
   * "Now" is some instant between sending the query and its answer: the oracle at both ends must agree
   * (nothing crossed a boundary meanwhile) for the comparison to be exact; otherwise either is accepted.
   */
  const expectSameAsOracleAround = (actual: unknown, oracle: (at: number) => unknown, startedAt: number, endedAt: number): void => {
    const [early, late] = [oracle(startedAt), oracle(endedAt)];
    const diffs = differences(actual, early);
    if (diffs.length > 0 && differences(early, late).length > 0 && differences(actual, late).length === 0) return;
    expect(diffs).toEqual([]);
  };

  /** The counts first, so that a difference names its cause, then every figure. */
  const expectRatingsAround = (
    actual: Ratings,
    oracle: (at: number) => ReturnType<typeof oracleRatings>,
    startedAt: number,
    endedAt: number,
  ): void => {
    expectSameAsOracleAround(countsOf(actual), (at) => countsOf(oracle(at)), startedAt, endedAt);
    expectSameAsOracleAround(byDeputy(actual), (at) => byDeputy(oracle(at)), startedAt, endedAt);
  };
  /** The three whole months of the region that ended a month or more ago. */
  const quarter = (): { from: string; to: string } => {
    const [year, month] = dateIn(Date.now(), timeZoneOf(REGION)).split('-').map(Number);
    return { from: new Date(Date.UTC(year, month - 1 - 4, 1)).toISOString().slice(0, 10), to: lastDayOfMonth(year, month - 1 - 2) };
  };
  const ratingsOracle = (regionCode: string, appeals: readonly Appeal[], at: number) =>
    oracleRatings(
      regionCode,
      regions.get(regionCode)!.deputies,
      appeals.filter((appeal) => appeal.regionCode === regionCode),
      at,
    );
  const deputyRatings = (regionCode: string, asOf?: string) =>
    consistently(() =>
      graphql<{ deputyRatings: Ratings }>(
        `query ($region: String!, $asOf: String) { deputyRatings(regionCode: $region, asOf: $asOf) { asOf ranked { ${RATING} } belowMinimumSample { ${RATING} } } }`,
        { region: regionCode, asOf },
      ),
    );

  /** The API's table and the oracle's for one region, range and grouping, from the same log. */
  const analyticsTables = async (regionCode: string, from: string, to: string, groupBy: 'CATEGORY' | 'MONTH') => {
    const { result, appeals } = await consistently(() =>
      graphql<{ regionalAnalytics: Analytics }>(
        `query ($region: String!, $from: String!, $to: String!) { regionalAnalytics(regionCode: $region, from: $from, to: $to, groupBy: ${groupBy}) { cells { ${CELL} } total { ${CELL} } } }`,
        { region: regionCode, from, to },
      ),
    );
    const timeZone = timeZoneOf(regionCode);
    const hi = startOfDay(nextDay(to), timeZone);
    // A cell's dimension as the appeal stood at the end of the range.
    const topic = (appeal: Appeal): string => {
      const categoryId = appeal.categories.filter((c) => c.at < hi).at(-1)!.categoryId;
      return categories.get(categoryId)?.parentId ?? categoryId;
    };
    const month = (appeal: Appeal): string => `${dateIn(appeal.submittedAt, timeZone).slice(0, 8)}01`;
    const inRegion = appeals.filter((appeal) => appeal.regionCode === regionCode);
    const raw = oracleCells(inRegion, startOfDay(from, timeZone), hi, groupBy === 'CATEGORY' ? topic : month);
    // Topics with appeals, in order; every month of the range, empty ones too.
    const keys = groupBy === 'CATEGORY' ? [...raw.groups.keys()].sort() : monthsOf(from, to);
    const name = (key: string) =>
      groupBy === 'CATEGORY'
        ? { nameRu: categories.get(key)?.nameRu ?? null, nameEn: categories.get(key)?.nameEn ?? null }
        : { nameRu: null, nameEn: null };
    const empty: RawCell<Figures> = {
      figures: {
        submitted: 0,
        answered: 0,
        resolved: 0,
        overdue: 0,
        backlog: 0,
        medianResponseHours: null,
        satisfaction: null,
        feedback: 0,
      },
      voters: 0,
      smallVoters: null,
      size: 0,
    };
    const { cells, total } = suppress(
      keys.map((key) => (raw.groups.has(key) ? raw.cell(raw.groups.get(key)!) : empty)),
      raw.total,
    );
    const shown = (cell: { figures: Figures | null; suppressed: boolean }) => ({
      suppressed: cell.suppressed,
      ...(cell.figures ?? {
        submitted: null,
        answered: null,
        resolved: null,
        overdue: null,
        backlog: null,
        medianResponseHours: null,
        satisfaction: null,
        feedback: null,
      }),
    });
    const expected = {
      cells: cells.map((cell, index) => ({ key: keys[index], ...name(keys[index]), ...shown(cell) })),
      total: { key: 'total', nameRu: 'Итого', nameEn: 'Total', ...shown(total) },
    };
    return { actual: result.regionalAnalytics, expected, appeals: inRegion };
  };

  beforeAll(async () => {
    // NODE_ENV=development: the demo seeder runs only there.
    api = await startApi({ NODE_ENV: 'development', DEMO_APPEALS: String(DEMO_APPEALS) });
    await api.process.waitFor('demo data ready', 120_000);
    token = await api.token('analyst1');
    for (const code of [REGION, OTHER_REGION]) {
      const [{ timeZone }] = await sql<{ timeZone: string }>('select time_zone as "timeZone" from registry_regions where code = $1', [
        code,
      ]);
      const deputies = await sql<Deputy>(
        'select deputy_id as "deputyId", full_name as "fullName" from registry_deputies where region_code = $1',
        [code],
      );
      regions.set(code, { timeZone, deputies });
    }
    const rows = await sql<{ id: string; parentId: string | null; nameRu: string; nameEn: string }>(
      'select id, parent_id as "parentId", name_ru as "nameRu", name_en as "nameEn" from registry_categories',
    );
    categories = new Map(rows.map(({ id, ...rest }) => [id, rest]));

    // Two deputies of one territory in each region, for the histories the demo does not write.
    const place = async (regionCode: string, deputyId: string | null): Promise<Place> => {
      const [row] = await sql<{ territoryId: string; deputyIds: string[] }>(
        `select territory_ids[1] as "territoryId", array_agg(deputy_id order by deputy_id <> $2, deputy_id) as "deputyIds"
           from registry_deputies where region_code = $1 group by 1 having count(*) >= 2 and (bool_or(deputy_id = $2) or $2 is null) order by 1 limit 1`,
        [regionCode, deputyId],
      );
      return { regionCode, territoryId: row.territoryId, deputyId: row.deputyIds[0], colleagueId: row.deputyIds[1] };
    };
    const now = Date.now();
    const quarterEnd = startOfDay(nextDay(quarter().to), timeZoneOf(REGION));
    const store = await PostgresEventStore.create({ connectionString: api.databaseUrl(), poolSize: 2 });
    try {
      for (const { appealId, events } of [
        ...edgeCases(await place(REGION, DEPUTY1), now, quarterEnd),
        ...reopenedAndOverdue(await place(OTHER_REGION, null), now),
      ]) {
        await store.appendToStream(`appeal-${appealId}`, events, { expectedVersion: 'no_stream' });
      }
    } finally {
      await store.close();
    }
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
  });

  it('rates the region today as the events say', async () => {
    const { result, appeals, startedAt, endedAt } = await deputyRatings(REGION);
    const actual = result.deputyRatings;
    expect([dateIn(startedAt, timeZoneOf(REGION)), dateIn(endedAt, timeZoneOf(REGION))]).toContain(actual.asOf);
    // Enough data for the comparison to mean something: deputies ranked and not.
    expect(appeals.filter((appeal) => appeal.regionCode === REGION).length).toBeGreaterThan(200);
    expect(actual.ranked.length).toBeGreaterThanOrEqual(3);
    expect(actual.belowMinimumSample.length).toBeGreaterThanOrEqual(3);
    expectRatingsAround(actual, (at) => ratingsOracle(REGION, appeals, at), startedAt, endedAt);
  });

  it('rates the region as of a date four months back as the events up to the end of that day say', async () => {
    const [year, month, day] = dateIn(Date.now(), timeZoneOf(REGION)).split('-').map(Number);
    const asOf = new Date(Date.UTC(year, month - 1 - 4, Math.min(day, 28))).toISOString().slice(0, 10);
    const { result, appeals } = await deputyRatings(REGION, asOf);
    expect(result.deputyRatings.asOf).toBe(asOf);
    expect(result.deputyRatings.ranked.length).toBeGreaterThanOrEqual(1);
    const asOfEnd = endOfDay(asOf, timeZoneOf(REGION));
    expectRatingsAround(result.deputyRatings, (at) => ratingsOracle(REGION, appeals, at), asOfEnd, asOfEnd);
  });

  it("gives a ranked deputy's rating and its trend at each month end as the events say", async () => {
    const { result, appeals, startedAt, endedAt } = await consistently(() =>
      graphql<{ deputyRating: Detail }>(
        `query ($id: ID!) { deputyRating(deputyId: $id) { asOf rating { ${RATING} } trend { month asOf score ranked rank answered } } }`,
        { id: DEPUTY1 },
      ),
    );
    const actual = result.deputyRating;
    const timeZone = timeZoneOf(REGION);
    const today = actual.asOf;
    expect([dateIn(startedAt, timeZone), dateIn(endedAt, timeZone)]).toContain(today);
    const [year, month] = today.split('-').map(Number);
    const monthEnds = [...Array.from({ length: 11 }, (_, i) => lastDayOfMonth(year, month - 1 - (11 - i))), today];
    expect(actual.trend.map((point) => point.asOf)).toEqual(monthEnds);
    const rowAt = (at: number) => {
      const rows = ratingsOracle(REGION, appeals, at);
      return [...rows.ranked, ...rows.belowMinimumSample].find((row) => row.deputyId === DEPUTY1)!;
    };
    const pointOf = (date: string, at: number) => {
      const row = rowAt(at);
      return { month: date.slice(0, 7), asOf: date, score: row.score, ranked: row.ranked, rank: row.rank, answered: row.answered };
    };
    expect(
      differences(
        actual.trend.slice(0, 11),
        monthEnds.slice(0, 11).map((date) => pointOf(date, endOfDay(date, timeZone))),
      ),
    ).toEqual([]);
    expectSameAsOracleAround(
      { rating: actual.rating, today: actual.trend[11] },
      (at) => ({ rating: rowAt(at), today: pointOf(today, at) }),
      startedAt,
      endedAt,
    );
    expect(actual.trend[11].ranked).toBe(true);
    // The trend moves: a constant series would not test the asOf of each point.
    expect(new Set(actual.trend.map((point) => point.score)).size).toBeGreaterThan(3);
  });

  describe('regional analytics of past ranges', () => {
    it('by topic: the cohorts of the quarter as they stood at its end, small cells suppressed', async () => {
      const { from, to } = quarter();
      const { actual, expected } = await analyticsTables(REGION, from, to, 'CATEGORY');
      expect(differences(actual, expected)).toEqual([]);
      // Some cells shown and some suppressed, or the comparison would not test suppression.
      expect(expected.cells.some((cell) => cell.suppressed)).toBe(true);
      expect(expected.cells.some((cell) => !cell.suppressed)).toBe(true);
    });

    it('by month: the cohorts of each month as they stood at the end of the quarter', async () => {
      const { from, to } = quarter();
      const { actual, expected } = await analyticsTables(REGION, from, to, 'MONTH');
      expect(differences(actual, expected)).toEqual([]);
      expect(expected.total.submitted).toBeGreaterThan(30);
    });

    // docs/analytics.md: "the voter's latest verdict (by then)"; "a report for October does not change later".
    it('counts the verdict a voter had given by the end of the range, not the one they gave after it', async () => {
      // An appeal of the demo that was rated, reopened and rated again on a later day (the demo has a few).
      const timeZone = timeZoneOf(REGION);
      const appeals = (await readAppeals(await settledHead())).filter((appeal) => appeal.regionCode === REGION);
      const twice = appeals.find((a) => a.feedback.length >= 2 && dateIn(a.feedback[0].at, timeZone) < dateIn(a.feedback[1].at, timeZone));
      expect(twice).toBeDefined();
      const to = dateIn(twice!.feedback[0].at, timeZone);
      const [year, month] = to.split('-').map(Number);
      const { actual, expected } = await analyticsTables(
        REGION,
        new Date(Date.UTC(year, month - 1 - 2, 1)).toISOString().slice(0, 10),
        to,
        'MONTH',
      );
      expect(differences(actual, expected)).toEqual([]);
    });
  });

  // docs/ratings.md: "an overdue one counts as a missed deadline"; "an appeal marked overdue and answered late
  // afterwards counts as missed". docs/analytics.md: overdue = "an answer deadline was missed".
  describe('a reopened appeal whose new answer deadline was missed', () => {
    it('counts as a missed deadline in the rating', async () => {
      const { result, appeals, startedAt, endedAt } = await deputyRatings(OTHER_REGION);
      expectRatingsAround(result.deputyRatings, (at) => ratingsOracle(OTHER_REGION, appeals, at), startedAt, endedAt);
    });

    it('counts as overdue in analytics', async () => {
      const timeZone = timeZoneOf(OTHER_REGION);
      const [year, month] = dateIn(Date.now() - 120 * DAY, timeZone)
        .split('-')
        .map(Number);
      const yesterday = dateIn(Date.now() - DAY, timeZone);
      const { actual, expected } = await analyticsTables(
        OTHER_REGION,
        new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10),
        yesterday,
        'MONTH',
      );
      expect(differences(actual, expected)).toEqual([]);
    });
  });
});
