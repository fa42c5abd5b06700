import { allowedForms } from '@app/ui/appeals/allowed-forms';
import type { AppealActionKind, VoterAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

/** The author's forms on the appeal page, each with the action it sends. */
const FORM_ACTIONS = {
  clarify: 'PROVIDE_CLARIFICATION',
  feedback: 'SUBMIT_FEEDBACK',
  reopen: 'REOPEN',
  withdraw: 'WITHDRAW',
} as const satisfies Record<string, AppealActionKind>;

/** The forms to offer: the server's `allowedActions` (the reopen window, feedback once per answer, withdrawal before one). */
export const voterActions = (appeal: Pick<AppealDetails, 'allowedActions'>) => allowedForms(FORM_ACTIONS, appeal.allowedActions);
