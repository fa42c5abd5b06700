import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd } from '../domain/testing/appeal-fixtures';
import { RecategorizeAppealCommand } from './recategorize-appeal.command';
import { RecategorizeAppealHandler } from './recategorize-appeal.handler';

describe('recategorize an appeal', () => {
  it('a moderator moves it to another category of the registry', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const outcome = await new RecategorizeAppealHandler(bed.runner, bed.registry).execute(
      new RecategorizeAppealCommand(viewers.moderator, { appealId: APPEAL_ID, categoryId: 'roads' }),
    );
    expect(outcome.events).toEqual([
      expect.objectContaining({ type: 'AppealCategorized', data: expect.objectContaining({ categoryId: 'roads' }) }),
    ]);
  });

  it('refuses a category the registry does not know, and records nothing', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    await expect(
      new RecategorizeAppealHandler(bed.runner, bed.registry).execute(
        new RecategorizeAppealCommand(viewers.moderator, { appealId: APPEAL_ID, categoryId: 'weather' }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'Unknown category "weather"', details: { field: 'categoryId' } });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned']);
  });
});
