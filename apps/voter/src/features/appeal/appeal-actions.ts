import type { AppealStatus, VoterAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

/** 59-ФЗ practice kept by the decider: a reopen only within 30 days of the answer. */
export const REOPEN_WINDOW_DAYS = 30;
const BEFORE_ANSWER: readonly AppealStatus[] = ['SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION'];

export type VoterActions = Readonly<{ clarify: boolean; feedback: boolean; reopen: boolean; withdraw: boolean }>;

type ActionFacts = Pick<AppealDetails, 'status' | 'answerCount' | 'answeredAt' | 'feedback'>;

/**
 * What the author may do now, by the rules of the appeal decider (libs/appeals/src/domain): the server
 * checks again; this only keeps buttons that would be refused off the page.
 */
export function voterActions(appeal: ActionFacts, now: Date): VoterActions {
  const rated = appeal.feedback?.find((feedback) => feedback.answerNumber === appeal.answerCount);
  const withinReopenWindow = appeal.answeredAt !== null && now.getTime() < Date.parse(appeal.answeredAt) + REOPEN_WINDOW_DAYS * 86_400_000;
  return {
    clarify: appeal.status === 'AWAITING_CLARIFICATION',
    feedback: appeal.status === 'ANSWERED' && !rated,
    reopen:
      withinReopenWindow && (appeal.status === 'ANSWERED' || (appeal.status === 'CLOSED' && rated !== undefined && rated.solved !== 'YES')),
    withdraw: appeal.answerCount === 0 && BEFORE_ANSWER.includes(appeal.status),
  };
}
