import type { AppealActionKind, VoterAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

export type VoterActions = Readonly<{ clarify: boolean; feedback: boolean; reopen: boolean; withdraw: boolean }>;

const FORM_ACTIONS: Readonly<Record<keyof VoterActions, AppealActionKind>> = {
  clarify: 'PROVIDE_CLARIFICATION',
  feedback: 'SUBMIT_FEEDBACK',
  reopen: 'REOPEN',
  withdraw: 'WITHDRAW',
};

/**
 * The forms the appeal page offers the author: those of the actions the server says they may take now
 * (`Appeal.allowedActions`, from the decider: the reopen window, feedback once per answer, no withdrawal after one).
 */
export function voterActions(appeal: Pick<AppealDetails, 'allowedActions'>): VoterActions {
  const allowed = new Set(appeal.allowedActions);
  const shown = (form: keyof VoterActions): boolean => allowed.has(FORM_ACTIONS[form]);
  return { clarify: shown('clarify'), feedback: shown('feedback'), reopen: shown('reopen'), withdraw: shown('withdraw') };
}
