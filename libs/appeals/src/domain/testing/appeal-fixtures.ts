/** Actors, times and command builders for appeal decider tests. */
import type { AppealCommand, CommandMetadata, SubmitAppeal, SubmitFeedback } from '../appeal-commands';
import { decide } from '../appeal-decider';
import type { AppealEvent, Deadline, RejectReason } from '../appeal-events';
import { type AppealState, evolve, initialState } from '../appeal-state';

/** Submission time of the test appeal. */
export const T0 = '2026-03-02T09:00:00.000Z';
const HOUR_MS = 3_600_000;
/** `T0` plus days (and hours). */
export const day = (days: number, hours = 0): string => new Date(Date.parse(T0) + (days * 24 + hours) * HOUR_MS).toISOString();
export const hour = (hours: number): string => day(0, hours);

export const APPEAL_ID = 'appeal-1';
export const VOTER = 'voter-1';
export const DEPUTY = 'deputy-1';
export const OTHER_DEPUTY = 'deputy-2';

export type Actor = Omit<CommandMetadata, 'commandId' | 'at'>;
export const as = {
  voter: { actorId: VOTER, role: 'VOTER' },
  otherVoter: { actorId: 'voter-2', role: 'VOTER' },
  deputy: { actorId: 'user-deputy-1', role: 'DEPUTY', deputyId: DEPUTY },
  assistant: { actorId: 'user-assistant-1', role: 'ASSISTANT', deputyId: DEPUTY },
  otherDeputy: { actorId: 'user-deputy-2', role: 'DEPUTY', deputyId: OTHER_DEPUTY },
  otherAssistant: { actorId: 'user-assistant-2', role: 'ASSISTANT', deputyId: OTHER_DEPUTY },
  moderator: { actorId: 'moderator-1', role: 'MODERATOR' },
  analyst: { actorId: 'analyst-1', role: 'ANALYST' },
  system: { actorId: 'system:deadlines', role: 'SYSTEM' },
} as const satisfies Record<string, Actor>;

type DataOf<TType extends AppealCommand['type']> = Extract<AppealCommand, { type: TType }>['data'];

let sequence = 0;
function command<TType extends AppealCommand['type']>(
  type: TType,
  data: DataOf<TType>,
  actor: Actor,
  at: string,
): Extract<AppealCommand, { type: TType }> {
  sequence += 1;
  return { type, data, metadata: { ...actor, commandId: `command-${sequence}`, at } } as Extract<AppealCommand, { type: TType }>;
}

export const submitData: SubmitAppeal['data'] = {
  appealId: APPEAL_ID,
  subjectId: VOTER,
  regionCode: '77',
  territoryId: 'territory-7',
  categoryId: 'housing',
  subject: 'Подъезд не убирают',
  text: 'Уже месяц в подъезде дома 12 не убирают.',
  addressedDeputyId: null,
  deputyId: DEPUTY,
  routingRuleId: 'rule-42',
  policyVersion: 'policy-2026-01',
  firstResponseTargetHours: 24,
};

const feedbackData: SubmitFeedback['data'] = {
  appealId: APPEAL_ID,
  promptness: 5,
  quality: 4,
  attentiveness: 5,
  solved: 'YES',
  comment: null,
};
const id = { appealId: APPEAL_ID };

/** One builder per command: `(at, data overrides, actor)`, with valid defaults from the right actor. */
export const cmd = {
  submit: (data: Partial<SubmitAppeal['data']> = {}, at = T0, actor: Actor = as.voter) =>
    command('SubmitAppeal', { ...submitData, ...data }, actor, at),
  acknowledge: (at: string, actor: Actor = as.deputy) => command('AcknowledgeAppeal', id, actor, at),
  requestClarification: (at: string, data: { question?: string } = {}, actor: Actor = as.deputy) =>
    command('RequestClarification', { ...id, question: 'Какой номер дома?', ...data }, actor, at),
  provideClarification: (at: string, data: { text?: string } = {}, actor: Actor = as.voter) =>
    command('ProvideClarification', { ...id, text: 'Дом 12, подъезд 3', ...data }, actor, at),
  forwardToDeputy: (at: string, deputyId = OTHER_DEPUTY, actor: Actor = as.deputy) =>
    command('ForwardAppeal', { ...id, to: { kind: 'DEPUTY', deputyId }, reason: 'Округ коллеги' }, actor, at),
  forwardToAuthority: (at: string, authority = 'Жилищная инспекция', actor: Actor = as.deputy) =>
    command('ForwardAppeal', { ...id, to: { kind: 'AUTHORITY', authority }, reason: 'Вопрос в её компетенции' }, actor, at),
  extend: (at: string, data: { days?: number; reason?: string } = {}, actor: Actor = as.deputy) =>
    command('ExtendDeadline', { ...id, days: 10, reason: 'Ждём ответа управляющей компании', ...data }, actor, at),
  answer: (at: string, data: { text?: string } = {}, actor: Actor = as.deputy) =>
    command('AnswerAppeal', { ...id, text: 'Управляющая компания обязалась убирать ежедневно.', ...data }, actor, at),
  reopen: (at: string, data: { reason?: string } = {}, actor: Actor = as.voter) =>
    command('ReopenAppeal', { ...id, reason: 'Так и не убирают', ...data }, actor, at),
  withdraw: (at: string, actor: Actor = as.voter) => command('WithdrawAppeal', id, actor, at),
  feedback: (at: string, data: Partial<Record<keyof SubmitFeedback['data'], unknown>> = {}, actor: Actor = as.voter) =>
    command('SubmitFeedback', { ...feedbackData, ...data } as SubmitFeedback['data'], actor, at),
  assign: (at: string, deputyId = OTHER_DEPUTY, actor: Actor = as.moderator) =>
    command('AssignAppeal', { ...id, deputyId, reason: 'Депутат в отпуске' }, actor, at),
  recategorize: (at: string, categoryId = 'roads', actor: Actor = as.moderator) =>
    command('RecategorizeAppeal', { ...id, categoryId }, actor, at),
  reject: (at: string, actor: Actor = as.moderator, reason: RejectReason = 'SPAM', note: string | null = null) =>
    command('RejectAppeal', { ...id, reason, note }, actor, at),
  markOverdue: (deadline: Deadline, at: string, actor: Actor = as.system) => command('MarkOverdue', { ...id, deadline }, actor, at),
  close: (at: string, actor: Actor = as.system) => command('CloseAppeal', id, actor, at),
};

/** The events of running commands one after another; a refused command fails the test setup. */
export function history(...commands: readonly AppealCommand[]): AppealEvent[] {
  const events: AppealEvent[] = [];
  let state: AppealState = initialState;
  for (const next of commands) {
    const decided = decide(next, state);
    state = decided.reduce(evolve, state);
    events.push(...decided);
  }
  return events;
}

/** The state after the events. */
export const fold = (events: readonly AppealEvent[]): AppealState => events.reduce(evolve, initialState);
