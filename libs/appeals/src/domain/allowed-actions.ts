/**
 * What a person may do with an appeal now, asked of the decider itself: each action is tried as a command
 * with well-formed placeholder data, so only the status, the actor and the time decide. The apps show the
 * buttons this lists and keep no copy of the rules (which statuses allow what, the reopen window, one extension).
 */
import { DomainError } from '@app/platform/errors/domain-error';
import type { AppealCommand, CommandMetadata } from './appeal-commands';
import { decide } from './appeal-decider';
import type { AppealState } from './appeal-state';

/** The actions a screen can offer, as GraphQL names them (`AppealActionKind`). */
export const APPEAL_ACTIONS = [
  'ACKNOWLEDGE',
  'REQUEST_CLARIFICATION',
  'PROVIDE_CLARIFICATION',
  'ANSWER',
  'FORWARD',
  'EXTEND_DEADLINE',
  'REJECT',
  'ASSIGN',
  'RECATEGORIZE',
  'SUBMIT_FEEDBACK',
  'REOPEN',
  'WITHDRAW',
] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

/** Who asks: the command metadata without its id and time. */
export type AppealActor = Pick<CommandMetadata, 'actorId' | 'role' | 'deputyId'>;

// Ids no registry entry has, so "another deputy" and "another category" always differ from the current ones.
const ANOTHER_DEPUTY = 'probe:another-deputy';
const ANOTHER_CATEGORY = 'probe:another-category';
const TEXT = 'probe';

const probes: { readonly [A in AppealAction]: (appealId: string, metadata: CommandMetadata) => AppealCommand } = {
  ACKNOWLEDGE: (appealId, metadata) => ({ type: 'AcknowledgeAppeal', data: { appealId }, metadata }),
  REQUEST_CLARIFICATION: (appealId, metadata) => ({ type: 'RequestClarification', data: { appealId, question: TEXT }, metadata }),
  PROVIDE_CLARIFICATION: (appealId, metadata) => ({ type: 'ProvideClarification', data: { appealId, text: TEXT }, metadata }),
  ANSWER: (appealId, metadata) => ({ type: 'AnswerAppeal', data: { appealId, text: TEXT }, metadata }),
  FORWARD: (appealId, metadata) => ({
    type: 'ForwardAppeal',
    data: { appealId, to: { kind: 'AUTHORITY', authority: TEXT }, reason: TEXT },
    metadata,
  }),
  EXTEND_DEADLINE: (appealId, metadata) => ({ type: 'ExtendDeadline', data: { appealId, days: 1, reason: TEXT }, metadata }),
  REJECT: (appealId, metadata) => ({ type: 'RejectAppeal', data: { appealId, reason: 'NOT_AN_APPEAL', note: null }, metadata }),
  ASSIGN: (appealId, metadata) => ({ type: 'AssignAppeal', data: { appealId, deputyId: ANOTHER_DEPUTY, reason: null }, metadata }),
  RECATEGORIZE: (appealId, metadata) => ({ type: 'RecategorizeAppeal', data: { appealId, categoryId: ANOTHER_CATEGORY }, metadata }),
  SUBMIT_FEEDBACK: (appealId, metadata) => ({
    type: 'SubmitFeedback',
    data: { appealId, promptness: 5, quality: 5, attentiveness: 5, solved: 'YES', comment: null },
    metadata,
  }),
  REOPEN: (appealId, metadata) => ({ type: 'ReopenAppeal', data: { appealId, reason: TEXT }, metadata }),
  WITHDRAW: (appealId, metadata) => ({ type: 'WithdrawAppeal', data: { appealId }, metadata }),
};

/** The actions the decider would accept from `actor` on this appeal at `at` (ISO 8601), in `APPEAL_ACTIONS` order. */
export function allowedActions(state: AppealState, actor: AppealActor, at: string): AppealAction[] {
  if (state.status === 'NOT_SUBMITTED') return [];
  const metadata: CommandMetadata = { ...actor, commandId: 'probe', at };
  return APPEAL_ACTIONS.filter((action) => {
    try {
      decide(probes[action](state.appealId, metadata), state);
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  });
}
