import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day } from '../domain/testing/appeal-fixtures';
import { SubmitFeedbackCommand } from './submit-feedback.command';
import { SubmitFeedbackHandler } from './submit-feedback.handler';

describe('submit feedback', () => {
  const feedback = { appealId: APPEAL_ID, promptness: 5, quality: 4, attentiveness: 5, solved: 'PARTLY', comment: null } as const;

  it('the author rates the answer: the scores are recorded and the appeal is closed', async () => {
    const bed = appealCommandTestbed(day(6));
    await bed.given(cmd.submit(), cmd.answer(day(5)));
    const outcome = await new SubmitFeedbackHandler(bed.runner).execute(new SubmitFeedbackCommand(viewers.voter, feedback));
    expect(outcome.state.status).toBe('CLOSED');
    expect(outcome.events).toEqual([
      expect.objectContaining({ type: 'FeedbackSubmitted', data: expect.objectContaining({ quality: 4, solved: 'PARTLY' }) }),
      expect.objectContaining({ type: 'AppealClosed', data: expect.objectContaining({ reason: 'FEEDBACK' }) }),
    ]);
  });

  it('once per answer', async () => {
    const bed = appealCommandTestbed(day(7));
    await bed.given(cmd.submit(), cmd.answer(day(5)), cmd.feedback(day(6)));
    await expect(new SubmitFeedbackHandler(bed.runner).execute(new SubmitFeedbackCommand(viewers.voter, feedback))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('refuses a score outside 1–5', async () => {
    const bed = appealCommandTestbed(day(6));
    await bed.given(cmd.submit(), cmd.answer(day(5)));
    await expect(
      new SubmitFeedbackHandler(bed.runner).execute(new SubmitFeedbackCommand(viewers.voter, { ...feedback, quality: 6 })),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'quality' } });
  });
});
