import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd } from '../domain/testing/appeal-fixtures';
import { WithdrawAppealCommand } from './withdraw-appeal.command';
import { WithdrawAppealHandler } from './withdraw-appeal.handler';

describe('withdraw an appeal', () => {
  it('the author withdraws it: WITHDRAWN', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const outcome = await new WithdrawAppealHandler(bed.runner).execute(new WithdrawAppealCommand(viewers.voter, { appealId: APPEAL_ID }));
    expect(outcome.state.status).toBe('WITHDRAWN');
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealWithdrawn']);
  });

  it('someone else’s appeal answers NOT_FOUND, like one that does not exist', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const handler = new WithdrawAppealHandler(bed.runner);
    await expect(handler.execute(new WithdrawAppealCommand(viewers.otherVoter, { appealId: APPEAL_ID }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `No appeal ${APPEAL_ID}`,
    });
    await expect(handler.execute(new WithdrawAppealCommand(viewers.voter, { appealId: 'no-such-appeal' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No appeal no-such-appeal',
    });
  });
});
