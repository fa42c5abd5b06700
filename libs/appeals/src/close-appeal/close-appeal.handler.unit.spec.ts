import { appealCommandTestbed } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day } from '../domain/testing/appeal-fixtures';
import { CloseAppealCommand } from './close-appeal.command';
import { CloseAppealHandler } from './close-appeal.handler';

describe('close an appeal left without feedback', () => {
  const system = (at: string, commandId: string) => ({ commandId, actorId: 'system:deadlines', role: 'SYSTEM', at }) as const;

  it('closes an answered appeal 30 days after the answer, not before', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit(), cmd.answer(day(5)));
    const handler = new CloseAppealHandler(bed.runner);
    expect((await handler.execute(new CloseAppealCommand({ appealId: APPEAL_ID }, system(day(34), 'c-1')))).events).toEqual([]);
    const closed = await handler.execute(new CloseAppealCommand({ appealId: APPEAL_ID }, system(day(35, 1), 'c-2')));
    expect(closed.state.status).toBe('CLOSED');
    expect(closed.events).toEqual([
      expect.objectContaining({
        type: 'AppealClosed',
        data: expect.objectContaining({ reason: 'NO_FEEDBACK_30_DAYS', closedAt: day(35, 1) }),
      }),
    ]);
  });

  it('leaves an appeal that is not answered alone', async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit());
    const outcome = await new CloseAppealHandler(bed.runner).execute(
      new CloseAppealCommand({ appealId: APPEAL_ID }, system(day(60), 'c-3')),
    );
    expect(outcome).toMatchObject({ events: [], state: { status: 'ASSIGNED' } });
  });
});
