import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, hour } from '../domain/testing/appeal-fixtures';
import { AcknowledgeAppealCommand } from './acknowledge-appeal.command';
import { AcknowledgeAppealHandler } from './acknowledge-appeal.handler';

describe('acknowledge an appeal', () => {
  it('the handling deputy takes it up: IN_PROGRESS, the first response', async () => {
    const bed = appealCommandTestbed(hour(2));
    await bed.given(cmd.submit());
    const outcome = await new AcknowledgeAppealHandler(bed.runner).execute(
      new AcknowledgeAppealCommand(viewers.deputy, { appealId: APPEAL_ID }),
    );
    expect(outcome.state).toMatchObject({ status: 'IN_PROGRESS', deputyId: 'deputy-1' });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealAcknowledged']);
  });

  it('the author sees the appeal but may not acknowledge it', async () => {
    const bed = appealCommandTestbed(hour(2));
    await bed.given(cmd.submit());
    await expect(
      new AcknowledgeAppealHandler(bed.runner).execute(new AcknowledgeAppealCommand(viewers.voter, { appealId: APPEAL_ID })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('an appeal that does not exist answers NOT_FOUND', async () => {
    const bed = appealCommandTestbed(hour(2));
    await expect(
      new AcknowledgeAppealHandler(bed.runner).execute(new AcknowledgeAppealCommand(viewers.deputy, { appealId: APPEAL_ID })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
