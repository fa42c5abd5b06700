import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day } from '../domain/testing/appeal-fixtures';
import { ReopenAppealCommand } from './reopen-appeal.command';
import { ReopenAppealHandler } from './reopen-appeal.handler';

describe('reopen an appeal', () => {
  const reopen = { appealId: APPEAL_ID, reason: 'Так и не убирают' };

  it('the author disputes the answer within 30 days: REOPENED, a new answer due 30 days later', async () => {
    const bed = appealCommandTestbed(day(8));
    await bed.given(cmd.submit(), cmd.answer(day(5)));
    const outcome = await new ReopenAppealHandler(bed.runner).execute(new ReopenAppealCommand(viewers.voter, reopen));
    expect(outcome.state).toMatchObject({ status: 'REOPENED', answerDueAt: day(38) });
  });

  it('is refused 30 days after the answer', async () => {
    const bed = appealCommandTestbed(day(35));
    await bed.given(cmd.submit(), cmd.answer(day(5)));
    await expect(new ReopenAppealHandler(bed.runner).execute(new ReopenAppealCommand(viewers.voter, reopen))).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
  });
});
