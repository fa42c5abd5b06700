import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { RequestClarificationCommand } from './request-clarification.command';
import { RequestClarificationHandler } from './request-clarification.handler';

describe('request a clarification', () => {
  it('the handling deputy asks the voter: AWAITING_CLARIFICATION, the question recorded', async () => {
    const bed = appealCommandTestbed(day(2));
    await bed.given(cmd.submit(), cmd.acknowledge(hour(1)));
    const outcome = await new RequestClarificationHandler(bed.runner).execute(
      new RequestClarificationCommand(viewers.deputy, { appealId: APPEAL_ID, question: 'Какой номер дома?' }),
    );
    expect(outcome.state.status).toBe('AWAITING_CLARIFICATION');
    expect(outcome.events).toEqual([
      expect.objectContaining({ type: 'ClarificationRequested', data: expect.objectContaining({ question: 'Какой номер дома?' }) }),
    ]);
  });

  it('refuses an empty question', async () => {
    const bed = appealCommandTestbed(day(2));
    await bed.given(cmd.submit());
    await expect(
      new RequestClarificationHandler(bed.runner).execute(
        new RequestClarificationCommand(viewers.deputy, { appealId: APPEAL_ID, question: ' ' }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
