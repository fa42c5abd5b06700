import type { AppealFeedbackFieldsFragment as AppealFeedback } from '../../gql/graphql';
import { voterActions } from './appeal-actions';

describe('voterActions', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const answered = { status: 'ANSWERED' as const, answerCount: 1, answeredAt: '2026-11-20T12:00:00Z', feedback: [] as AppealFeedback[] };
  const feedback = (solved: AppealFeedback['solved']): AppealFeedback => ({
    answerNumber: 1,
    promptness: 4,
    quality: 4,
    attentiveness: 4,
    solved,
    comment: null,
    submittedAt: '2026-11-21T12:00:00Z',
  });

  it('lets the author withdraw only before the first answer', () => {
    expect(voterActions({ status: 'IN_PROGRESS', answerCount: 0, answeredAt: null, feedback: [] }, now)).toEqual({
      clarify: false,
      feedback: false,
      reopen: false,
      withdraw: true,
    });
    expect(voterActions({ status: 'REOPENED', answerCount: 1, answeredAt: answered.answeredAt, feedback: [] }, now).withdraw).toBe(false);
  });

  it('asks for the reply to a clarification request', () => {
    expect(voterActions({ status: 'AWAITING_CLARIFICATION', answerCount: 0, answeredAt: null, feedback: [] }, now)).toMatchObject({
      clarify: true,
      withdraw: true,
    });
  });

  it('offers feedback and a reopen on an answer', () => {
    expect(voterActions(answered, now)).toEqual({ clarify: false, feedback: true, reopen: true, withdraw: false });
  });

  it('reopens a closed appeal only when the feedback said it was not solved, within 30 days of the answer', () => {
    expect(voterActions({ ...answered, status: 'CLOSED', feedback: [feedback('PARTLY')] }, now)).toMatchObject({
      feedback: false,
      reopen: true,
    });
    expect(voterActions({ ...answered, status: 'CLOSED', feedback: [feedback('YES')] }, now).reopen).toBe(false);
    expect(voterActions({ ...answered, status: 'CLOSED', feedback: [feedback('NO')] }, new Date('2026-12-21T12:00:00Z')).reopen).toBe(
      false,
    );
  });
});
