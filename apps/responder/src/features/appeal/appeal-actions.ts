import type { AppealStatus, ResponderAppealDetailsFragment as AppealDetails } from '../../gql/graphql';

const statuses = (...list: AppealStatus[]): ReadonlySet<AppealStatus> => new Set(list);
const ACKNOWLEDGE = statuses('ASSIGNED', 'REOPENED');
const CLARIFY = statuses('ASSIGNED', 'IN_PROGRESS', 'REOPENED');
const PENDING = statuses('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED');
const FORWARD = statuses('ASSIGNED', 'IN_PROGRESS', 'REOPENED');
const ASSIGN = statuses('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
const MODERATOR_REJECT = statuses('SUBMITTED', 'ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED');
const FINISHED = statuses('CLOSED', 'REJECTED', 'WITHDRAWN', 'FORWARDED');

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

/** What the signed-in user may do with the appeal now (docs/appeals.md); the server decides again. */
export function responderActions(appeal: Pick<AppealDetails, 'status' | 'extended'>, role: string): ResponderActions {
  const handles = role === 'DEPUTY' || role === 'ASSISTANT';
  const moderates = role === 'MODERATOR';
  const status = appeal.status;
  return {
    acknowledge: handles && ACKNOWLEDGE.has(status),
    clarify: handles && CLARIFY.has(status),
    answer: handles && PENDING.has(status),
    forward: handles && FORWARD.has(status),
    extend: handles && PENDING.has(status) && !appeal.extended,
    reject: (handles && PENDING.has(status)) || (moderates && MODERATOR_REJECT.has(status)),
    assign: moderates && ASSIGN.has(status),
    recategorize: moderates && !FINISHED.has(status),
  };
}
