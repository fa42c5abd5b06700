import type { AppealActionKind, ResponderAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

export type ResponderActions = Readonly<{
  acknowledge: boolean;
  clarify: boolean;
  answer: boolean;
  forward: boolean;
  extend: boolean;
  reject: boolean;
  assign: boolean;
  recategorize: boolean;
}>;

const FORM_ACTIONS: Readonly<Record<keyof ResponderActions, AppealActionKind>> = {
  acknowledge: 'ACKNOWLEDGE',
  clarify: 'REQUEST_CLARIFICATION',
  answer: 'ANSWER',
  forward: 'FORWARD',
  extend: 'EXTEND_DEADLINE',
  reject: 'REJECT',
  assign: 'ASSIGN',
  recategorize: 'RECATEGORIZE',
};

/**
 * The forms the appeal page offers: those of the actions the server says the signed-in user may take now
 * (`Appeal.allowedActions`, from the decider and the access rules; docs/appeals.md).
 */
export function responderActions(appeal: Pick<AppealDetails, 'allowedActions'>): ResponderActions {
  const allowed = new Set(appeal.allowedActions);
  const shown = (form: keyof ResponderActions): boolean => allowed.has(FORM_ACTIONS[form]);
  return {
    acknowledge: shown('acknowledge'),
    clarify: shown('clarify'),
    answer: shown('answer'),
    forward: shown('forward'),
    extend: shown('extend'),
    reject: shown('reject'),
    assign: shown('assign'),
    recategorize: shown('recategorize'),
  };
}
