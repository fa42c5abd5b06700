import type { AppealEvent } from '@app/appeals/contract';
import { DEPUTY, OTHER_DEPUTY, T0, as, cmd, day, history, hour } from '@app/appeals/testing';
import { type RatingAppeal, applyRatingEvent } from './rating-cases';

const fold = (events: readonly AppealEvent[]): { appeal: RatingAppeal; feedback: number } => {
  let appeal: RatingAppeal | null = null;
  let feedback = 0;
  events.forEach((event, index) => {
    const result = applyRatingEvent(appeal, { ...event, streamVersion: index + 1 });
    appeal = result.appeal;
    if (result.feedback) feedback += 1;
  });
  return { appeal: appeal!, feedback };
};

describe('rating cases: what a deputy is credited with', () => {
  it('an answered appeal is one case with its first response, answer on time and the feedback for the deputy', () => {
    const { appeal, feedback } = fold(history(cmd.submit(), cmd.acknowledge(hour(3)), cmd.answer(day(10)), cmd.feedback(day(11))));
    expect(appeal.cases).toEqual([
      expect.objectContaining({
        caseNo: 1,
        deputyId: DEPUTY,
        receivedAt: T0,
        firstResponseDueAt: hour(24),
        firstResponseAt: hour(3),
        answeredAt: day(10),
        deadlines: [{ decidedAt: day(10), met: true }],
        endedAt: null,
      }),
    ]);
    expect(appeal.firstResponseTargetMs).toBe(24 * 3_600_000);
    expect(feedback).toBe(1);
  });

  it('a moderator reassignment ends the first case and starts a new one, with its own first-response target', () => {
    const { appeal } = fold(history(cmd.submit(), cmd.assign(hour(2)), cmd.answer(day(5), {}, as.otherDeputy)));
    expect(appeal.cases).toEqual([
      expect.objectContaining({ caseNo: 1, deputyId: DEPUTY, firstResponseAt: null, endedAt: hour(2), endReason: 'TRANSFERRED' }),
      expect.objectContaining({
        caseNo: 2,
        deputyId: OTHER_DEPUTY,
        receivedAt: hour(2),
        firstResponseDueAt: hour(26),
        firstResponseAt: day(5),
        answeredAt: day(5),
      }),
    ]);
  });

  it('forwarding counts as the deputy acting; to an authority it ends the case', () => {
    const toDeputy = fold(history(cmd.submit(), cmd.forwardToDeputy(hour(5)))).appeal.cases;
    expect(toDeputy[0]).toMatchObject({ firstResponseAt: hour(5), endedAt: hour(5), endReason: 'TRANSFERRED' });
    const toAuthority = fold(history(cmd.submit(), cmd.forwardToAuthority(hour(6)))).appeal.cases;
    expect(toAuthority).toEqual([expect.objectContaining({ firstResponseAt: hour(6), endedAt: hour(6), endReason: 'FORWARDED' })]);
  });

  it('a missed deadline is decided when marked, and answering late afterwards does not make it met', () => {
    const { appeal } = fold(history(cmd.submit(), cmd.markOverdue('ANSWER', day(30, 1)), cmd.answer(day(33))));
    expect(appeal.cases[0]).toMatchObject({
      overdueAt: day(30, 1),
      answeredAt: day(33),
      deadlines: [{ decidedAt: day(30, 1), met: false }],
    });
  });

  it('an answer late between two deadline sweeps (no overdue mark) is still a missed deadline', () => {
    const { appeal } = fold(history(cmd.submit(), cmd.answer(day(30, 0.5))));
    expect(appeal.cases[0]).toMatchObject({ overdueAt: null, deadlines: [{ decidedAt: day(30, 0.5), met: false }] });
  });

  it('a reopen brings a new deadline: answered on time first, then missed after the reopen, counts one met and one missed', () => {
    const { appeal } = fold(
      history(cmd.submit(), cmd.answer(day(3)), cmd.reopen(day(4)), cmd.markOverdue('ANSWER', day(34, 1)), cmd.answer(day(36))),
    );
    expect(appeal.cases[0]).toMatchObject({
      answeredAt: day(3),
      reopenedAt: day(4),
      overdueAt: day(34, 1),
      deadlines: [
        { decidedAt: day(3), met: true },
        { decidedAt: day(34, 1), met: false },
      ],
    });
  });

  it('keeps the first answer and the first reopen of a case; later answers do not rewrite them', () => {
    const { appeal } = fold(history(cmd.submit(), cmd.answer(day(3)), cmd.reopen(day(4)), cmd.answer(day(8)), cmd.reopen(day(9))));
    expect(appeal.cases[0]).toMatchObject({
      answeredAt: day(3),
      reopenedAt: day(4),
      deadlines: [
        { decidedAt: day(3), met: true },
        { decidedAt: day(8), met: true },
      ],
    });
  });

  it('withdrawal and rejection end the case', () => {
    expect(fold(history(cmd.submit(), cmd.withdraw(day(1)))).appeal.cases[0]).toMatchObject({ endedAt: day(1), endReason: 'WITHDRAWN' });
    expect(fold(history(cmd.submit(), cmd.reject(day(1)))).appeal.cases[0]).toMatchObject({ endedAt: day(1), endReason: 'REJECTED' });
  });

  it('skips an event it has already applied (re-delivery leaves the record as it was)', () => {
    const events = history(cmd.submit(), cmd.answer(day(3)));
    const once = fold(events).appeal;
    expect(applyRatingEvent(once, { ...events[1], streamVersion: 2 }).appeal).toBe(once);
  });
});
