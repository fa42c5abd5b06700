import { responderActions } from './appeal-actions';

describe('responderActions', () => {
  it('lets the deputy take up, ask, answer, forward, extend and reject an assigned appeal', () => {
    expect(responderActions({ status: 'ASSIGNED', extended: false }, 'DEPUTY')).toEqual({
      acknowledge: true,
      clarify: true,
      answer: true,
      forward: true,
      extend: true,
      reject: true,
      assign: false,
      recategorize: false,
    });
  });

  it('offers one extension only, and an answer while the voter is being asked', () => {
    const waiting = responderActions({ status: 'AWAITING_CLARIFICATION', extended: true }, 'ASSISTANT');
    expect(waiting).toMatchObject({ answer: true, clarify: false, acknowledge: false, extend: false, forward: false });
  });

  it('gives a moderator assigning and recategorising, never answering', () => {
    expect(responderActions({ status: 'SUBMITTED', extended: false }, 'MODERATOR')).toMatchObject({
      assign: true,
      recategorize: true,
      reject: true,
      answer: false,
      acknowledge: false,
    });
    expect(responderActions({ status: 'ANSWERED', extended: false }, 'MODERATOR')).toMatchObject({
      assign: false,
      reject: false,
      recategorize: true,
    });
  });

  it('offers nothing on a closed appeal', () => {
    expect(Object.values(responderActions({ status: 'CLOSED', extended: false }, 'DEPUTY')).some(Boolean)).toBe(false);
    expect(Object.values(responderActions({ status: 'CLOSED', extended: false }, 'MODERATOR')).some(Boolean)).toBe(false);
  });
});
