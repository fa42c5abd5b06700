import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, day, hour } from '../domain/testing/appeal-fixtures';
import { AnswerAppealCommand } from './answer-appeal.command';
import { AnswerAppealHandler } from './answer-appeal.handler';

describe('answer an appeal', () => {
  const answer = { appealId: APPEAL_ID, text: 'Управляющая компания обязалась убирать ежедневно.' };

  it('the handling deputy answers: ANSWERED, recorded with the deputy as actor at the clock’s time', async () => {
    const bed = appealCommandTestbed(day(5));
    await bed.given(cmd.submit(), cmd.acknowledge(hour(1)));
    const outcome = await new AnswerAppealHandler(bed.runner).execute(new AnswerAppealCommand(viewers.deputy, answer));
    expect(outcome).toMatchObject({ appealId: APPEAL_ID, duplicate: false, state: { status: 'ANSWERED' } });
    expect(outcome.events).toEqual([
      expect.objectContaining({ type: 'AppealAnswered', data: expect.objectContaining({ text: answer.text }) }),
    ]);
    const [last] = (await bed.store.readStream(`appeal-${APPEAL_ID}`)).slice(-1);
    expect(last.metadata).toMatchObject({ actorId: viewers.deputy.id, occurredAt: day(5) });
  });

  it('lets the assistant of the handling deputy answer', async () => {
    const bed = appealCommandTestbed(day(5));
    await bed.given(cmd.submit());
    const outcome = await new AnswerAppealHandler(bed.runner).execute(new AnswerAppealCommand(viewers.assistant, answer));
    expect(outcome.state.status).toBe('ANSWERED');
  });

  it('answers NOT_FOUND to a deputy who does not handle the appeal, and records nothing', async () => {
    const bed = appealCommandTestbed(day(5));
    await bed.given(cmd.submit());
    await expect(new AnswerAppealHandler(bed.runner).execute(new AnswerAppealCommand(viewers.otherDeputy, answer))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned']);
  });

  it('a repeated command id returns the first outcome and records nothing more', async () => {
    const bed = appealCommandTestbed(day(5));
    await bed.given(cmd.submit());
    const handler = new AnswerAppealHandler(bed.runner);
    await handler.execute(new AnswerAppealCommand(viewers.deputy, answer, 'answer-1'));
    const again = await handler.execute(new AnswerAppealCommand(viewers.deputy, answer, 'answer-1'));
    expect(again).toMatchObject({ duplicate: true, events: [expect.objectContaining({ type: 'AppealAnswered' })] });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealAnswered']);
  });
});
