import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { ExtendDeadlineCommand } from './extend-deadline.command';
import { ExtendDeadlineHandler } from './extend-deadline.handler';

describe('extend the deadline', () => {
  const extension = { appealId: APPEAL_ID, days: 10, reason: 'Ждём ответа управляющей компании' };

  it('moves the answer due date once; a second extension is refused', async () => {
    const bed = appealCommandTestbed(day(10));
    await bed.given(cmd.submit(), cmd.acknowledge(hour(1)));
    const handler = new ExtendDeadlineHandler(bed.runner);
    const outcome = await handler.execute(new ExtendDeadlineCommand(viewers.deputy, extension));
    expect(outcome.events.map((event) => event.type)).toEqual(['DeadlineExtended']);
    expect(outcome.state).toMatchObject({ answerDueAt: day(40) });
    await expect(handler.execute(new ExtendDeadlineCommand(viewers.deputy, extension))).rejects.toMatchObject({ code: expect.any(String) });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealAcknowledged', 'DeadlineExtended']);
  });

  it('refuses more than 30 days', async () => {
    const bed = appealCommandTestbed(day(10));
    await bed.given(cmd.submit());
    await expect(
      new ExtendDeadlineHandler(bed.runner).execute(new ExtendDeadlineCommand(viewers.deputy, { ...extension, days: 31 })),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'days' } });
  });
});
