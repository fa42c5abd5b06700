import { allowedForms } from '@app/ui/appeals/allowed-forms';
import type { AppealActionKind, ResponderAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

/** The deputy's and the moderator's forms on the appeal page, each with the action it sends. */
const FORM_ACTIONS = {
  acknowledge: 'ACKNOWLEDGE',
  clarify: 'REQUEST_CLARIFICATION',
  answer: 'ANSWER',
  forward: 'FORWARD',
  extend: 'EXTEND_DEADLINE',
  reject: 'REJECT',
  assign: 'ASSIGN',
  recategorize: 'RECATEGORIZE',
} as const satisfies Record<string, AppealActionKind>;

/** The forms to offer: the server's `allowedActions` for the signed-in user (the decider and the access rules). */
export const responderActions = (appeal: Pick<AppealDetails, 'allowedActions'>) => allowedForms(FORM_ACTIONS, appeal.allowedActions);
