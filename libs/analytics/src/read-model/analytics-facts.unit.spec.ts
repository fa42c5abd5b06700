import type { AppealEvent } from '@app/appeals/domain/appeal-events';
import { T0, cmd, day, history, hour } from '@app/appeals/domain/testing/appeal-fixtures';
import { type AnalyticsFact, applyAnalyticsEvent } from './analytics-facts';

const fold = (events: readonly AppealEvent[]): AnalyticsFact =>
  events.reduce<AnalyticsFact | null>((fact, event, index) => applyAnalyticsEvent(fact, { ...event, streamVersion: index + 1 }), null)!;

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
      verdicts: [{ at: day(5), satisfaction: 4, solved: 'PARTLY' }],
    });
  });

  it('counts the appeal under its current category after a recategorisation', () => {
    expect(fold(history(cmd.submit(), cmd.recategorize(hour(1), 'roads'))).categoryId).toBe('roads');
  });

  it('keeps the first answer and every verdict in order (a report as of a date takes the latest by then)', () => {
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
    expect(fact.verdicts.map((verdict) => [verdict.at, verdict.solved])).toEqual([
      [day(3), 'NO'],
      [day(7), 'YES'],
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

  it('an appeal leaves the backlog when rejected, withdrawn or forwarded to an authority, not when forwarded to a deputy', () => {
    expect(fold(history(cmd.submit(), cmd.reject(day(1)))).settledAt).toBe(day(1));
    expect(fold(history(cmd.submit(), cmd.withdraw(day(2)))).settledAt).toBe(day(2));
    expect(fold(history(cmd.submit(), cmd.forwardToAuthority(day(3)))).settledAt).toBe(day(3));
    expect(fold(history(cmd.submit(), cmd.forwardToDeputy(day(3)))).settledAt).toBeNull();
  });
});
