import type { AppealActionKind } from '../../gql/graphql';
import { voterActions } from './appeal-actions';

const none = { clarify: false, feedback: false, reopen: false, withdraw: false };
const shown = (...allowedActions: AppealActionKind[]) => voterActions({ allowedActions });

describe('voterActions', () => {
  it('shows the reply form when the server asks the author for a clarification', () => {
    expect(shown('PROVIDE_CLARIFICATION', 'WITHDRAW')).toEqual({ ...none, clarify: true, withdraw: true });
  });

  it('offers feedback and a reopen on an answer, as the server allows them', () => {
    expect(shown('SUBMIT_FEEDBACK', 'REOPEN')).toEqual({ ...none, feedback: true, reopen: true });
    expect(shown('REOPEN')).toEqual({ ...none, reopen: true });
  });

  it('shows nothing the server does not list, nor the staff’s actions', () => {
    expect(shown()).toEqual(none);
    expect(shown('ANSWER', 'ASSIGN', 'REJECT', 'ACKNOWLEDGE')).toEqual(none);
  });
});
