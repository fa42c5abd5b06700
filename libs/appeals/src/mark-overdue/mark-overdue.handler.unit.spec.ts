import { appealCommandTestbed } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { MarkOverdueCommand } from './mark-overdue.command';
import { MarkOverdueHandler } from './mark-overdue.handler';

describe('mark a deadline overdue', () => {
  const system = (at: string, commandId: string) => ({ commandId, actorId: 'system:deadlines', role: 'SYSTEM', at }) as const;

  it('records a missed answer deadline once, with the deputy responsible', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit({ firstResponseTargetHours: null }), cmd.acknowledge(hour(1)));
    const handler = new MarkOverdueHandler(bed.runner);
    const early = await handler.execute(new MarkOverdueCommand({ appealId: APPEAL_ID, deadline: 'ANSWER' }, system(day(29), 'm-1')));
    expect(early.events).toEqual([]);
    const late = await handler.execute(new MarkOverdueCommand({ appealId: APPEAL_ID, deadline: 'ANSWER' }, system(day(31), 'm-2')));
    expect(late.events).toEqual([
      expect.objectContaining({
        type: 'AppealOverdue',
        data: expect.objectContaining({ deadline: 'ANSWER', dueAt: day(30), deputyId: 'deputy-1' }),
      }),
    ]);
    const again = await handler.execute(new MarkOverdueCommand({ appealId: APPEAL_ID, deadline: 'ANSWER' }, system(day(32), 'm-3')));
    expect(again.events).toEqual([]);
    expect((await bed.eventTypes()).filter((type) => type === 'AppealOverdue')).toHaveLength(1);
  });

  it('is refused to anyone but a process manager', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const asDeputy = { commandId: 'm-4', actorId: 'user-deputy-1', role: 'DEPUTY', deputyId: 'deputy-1', at: day(31) } as const;
    await expect(
      new MarkOverdueHandler(bed.runner).execute(new MarkOverdueCommand({ appealId: APPEAL_ID, deadline: 'ANSWER' }, asDeputy)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
