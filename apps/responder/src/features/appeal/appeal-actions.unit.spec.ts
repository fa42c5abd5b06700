import type { AppealActionKind } from '../../gql/graphql';
import { responderActions } from './appeal-actions';

const none = {
  acknowledge: false,
  clarify: false,
  answer: false,
  forward: false,
  extend: false,
  reject: false,
  assign: false,
  recategorize: false,
};
const shown = (...allowedActions: AppealActionKind[]) => responderActions({ allowedActions });

describe('responderActions', () => {
  it('shows the forms of what the server lets a deputy do with an assigned appeal', () => {
    expect(shown('ACKNOWLEDGE', 'REQUEST_CLARIFICATION', 'ANSWER', 'FORWARD', 'EXTEND_DEADLINE', 'REJECT')).toEqual({
      ...none,
      acknowledge: true,
      clarify: true,
      answer: true,
      forward: true,
      extend: true,
      reject: true,
    });
  });

  it('shows each form for its own action only', () => {
    expect(shown('EXTEND_DEADLINE')).toEqual({ ...none, extend: true });
    expect(shown('REQUEST_CLARIFICATION')).toEqual({ ...none, clarify: true });
    expect(shown('ASSIGN', 'RECATEGORIZE', 'REJECT')).toEqual({ ...none, assign: true, recategorize: true, reject: true });
  });

  it('shows nothing the server does not list, nor the voter’s actions', () => {
    expect(shown()).toEqual(none);
    expect(shown('PROVIDE_CLARIFICATION', 'SUBMIT_FEEDBACK', 'REOPEN', 'WITHDRAW')).toEqual(none);
  });
});
