import type { AppealEvent } from '@app/appeals/contract';
import { T0, cmd, day, history, hour } from '@app/appeals/testing';
import { type AnalyticsFact, type Verdict, applyAnalyticsEvent } from './analytics-facts';

/** The appeal's fact, with the verdicts folded out of its events beside it. */
const fold = (events: readonly AppealEvent[]): AnalyticsFact & { verdicts: Verdict[] } => {
  const verdicts: Verdict[] = [];
  let fact: AnalyticsFact | null = null;
  events.forEach((event, index) => {
    const next = applyAnalyticsEvent(fact, { ...event, streamVersion: index + 1 });
    fact = next.fact;
    if (next.verdict) verdicts.push(next.verdict);
  });
  return { ...fact!, verdicts };
};

describe('analytics facts of an appeal', () => {
  it('records the times of submission, first response, first answer, settling and the latest verdict', () => {
    const fact = fold(
      history(
        cmd.submit(),
        cmd.acknowledge(hour(2)),
        cmd.answer(day(4)),
        cmd.feedback(day(5), { promptness: 5, quality: 4, attentiveness: 3, solved: 'PARTLY' }),
      ),
    );
    expect(fact).toMatchObject({
      submittedAt: T0,
      firstResponseAt: hour(2),
      answeredAt: day(4),
      settledAt: day(4),
      verdicts: [{ appealId: 'appeal-1', answerNumber: 1, regionCode: '77', submittedAt: day(5), satisfaction: 4, solved: 'PARTLY' }],
    });
  });

  it('counts the appeal under its current category after a recategorisation', () => {
    expect(fold(history(cmd.submit(), cmd.recategorize(hour(1), 'roads'))).categoryId).toBe('roads');
  });

  it('keeps the first answer and every verdict with the answer it rates (a report as of a date takes the latest by then)', () => {
    const fact = fold(
      history(
        cmd.submit(),
        cmd.answer(day(2)),
        cmd.feedback(day(3), { solved: 'NO' }),
        cmd.reopen(day(3)),
        cmd.answer(day(6)),
        cmd.feedback(day(7), { solved: 'YES' }),
      ),
    );
    expect(fact.answeredAt).toBe(day(2));
    expect(fact.verdicts.map((verdict) => [verdict.answerNumber, verdict.submittedAt, verdict.solved])).toEqual([
      [1, day(3), 'NO'],
      [2, day(7), 'YES'],
    ]);
  });

  it('records the first missed answer deadline: marked, after a reopen too, or answered late without a mark', () => {
    expect(fold(history(cmd.submit(), cmd.markOverdue('ANSWER', day(30, 1)))).overdueAt).toBe(day(30, 1));
    expect(fold(history(cmd.submit(), cmd.markOverdue('FIRST_RESPONSE', day(1)))).overdueAt).toBeNull();
    expect(fold(history(cmd.submit(), cmd.answer(day(3)), cmd.reopen(day(4)), cmd.markOverdue('ANSWER', day(34, 1)))).overdueAt).toBe(
      day(34, 1),
    );
    const late = fold(history(cmd.submit(), cmd.answer(day(31))));
    expect(late.overdueAt).toBe(day(30)); // the due date it passed
  });

  it('gives a verdict once: re-delivered feedback leaves the fact as it was and gives none', () => {
    const events = history(cmd.submit(), cmd.answer(day(2)), cmd.feedback(day(3)));
    const before = fold(events);
    const { verdicts: _verdicts, ...fact } = before;
    const again = applyAnalyticsEvent(fact, { ...events[events.length - 1], streamVersion: events.length });
    expect(again).toEqual({ fact, verdict: null });
    expect(again.fact).toBe(fact);
  });

  it('an appeal leaves the backlog when rejected, withdrawn or forwarded to an authority, not when forwarded to a deputy', () => {
    expect(fold(history(cmd.submit(), cmd.reject(day(1)))).settledAt).toBe(day(1));
    expect(fold(history(cmd.submit(), cmd.withdraw(day(2)))).settledAt).toBe(day(2));
    expect(fold(history(cmd.submit(), cmd.forwardToAuthority(day(3)))).settledAt).toBe(day(3));
    expect(fold(history(cmd.submit(), cmd.forwardToDeputy(day(3)))).settledAt).toBeNull();
  });
});
