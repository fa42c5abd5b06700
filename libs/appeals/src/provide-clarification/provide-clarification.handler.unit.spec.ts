import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { ProvideClarificationCommand } from './provide-clarification.command';
import { ProvideClarificationHandler } from './provide-clarification.handler';

describe('provide a clarification', () => {
  const reply = { appealId: APPEAL_ID, text: 'Дом 12, подъезд 3' };

  it('the author replies: the appeal is back in progress and the answer clock runs again', async () => {
    const bed = appealCommandTestbed(day(4));
    await bed.given(cmd.submit(), cmd.acknowledge(hour(1)), cmd.requestClarification(day(2)));
    const outcome = await new ProvideClarificationHandler(bed.runner).execute(new ProvideClarificationCommand(viewers.voter, reply));
    expect(outcome.state.status).toBe('IN_PROGRESS');
    expect(outcome.events.map((event) => event.type)).toEqual(['ClarificationProvided']);
    // Paused from day 2 to day 4: the answer, due on day 30, is now due on day 32.
    expect(outcome.state).toMatchObject({ answerDueAt: day(32) });
  });

  it('another voter gets NOT_FOUND', async () => {
    const bed = appealCommandTestbed(day(4));
    await bed.given(cmd.submit(), cmd.requestClarification(day(2)));
    await expect(
      new ProvideClarificationHandler(bed.runner).execute(new ProvideClarificationCommand(viewers.otherVoter, reply)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
