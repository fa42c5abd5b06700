import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd } from '../domain/testing/appeal-fixtures';
import { RejectAppealCommand } from './reject-appeal.command';
import { RejectAppealHandler } from './reject-appeal.handler';

describe('reject an appeal', () => {
  it('a moderator of its region rejects it as spam: REJECTED, by a moderator', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const outcome = await new RejectAppealHandler(bed.runner).execute(
      new RejectAppealCommand(viewers.moderator, { appealId: APPEAL_ID, reason: 'SPAM', note: null }),
    );
    expect(outcome.state.status).toBe('REJECTED');
    expect(outcome.events).toEqual([
      expect.objectContaining({ type: 'AppealRejected', data: expect.objectContaining({ reason: 'SPAM', rejectedBy: 'MODERATOR' }) }),
    ]);
  });

  it('the handling deputy may reject it too; a moderator of another region does not see it', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const handler = new RejectAppealHandler(bed.runner);
    await expect(
      handler.execute(new RejectAppealCommand(viewers.moderatorElsewhere, { appealId: APPEAL_ID, reason: 'ABUSE' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const outcome = await handler.execute(
      new RejectAppealCommand(viewers.deputy, { appealId: APPEAL_ID, reason: 'DUPLICATE', note: 'См. 17' }),
    );
    expect(outcome.events).toEqual([expect.objectContaining({ data: expect.objectContaining({ rejectedBy: 'DEPUTY', note: 'См. 17' }) })]);
  });
});
