import fc from 'fast-check';
import type { AppealCommand } from '../domain/appeal-commands';
import type { AppealEvent } from '../domain/appeal-events';
import { APPEAL_ID, DEPUTY, OTHER_DEPUTY, VOTER, as, cmd, day, hour, history, submitData, T0 } from '../domain/testing/appeal-fixtures';
import { evolve, initialState } from '../domain/appeal-state';
import { type AppealRow, type ProjectedAppeal, type VersionedAppealEvent, applyToRow } from './appeal-row';

const versioned = (events: readonly AppealEvent[]): VersionedAppealEvent[] =>
  events.map((event, streamVersion) => ({ ...event, streamVersion }));
const foldAppeal = (events: readonly VersionedAppealEvent[]): ProjectedAppeal =>
  events.reduce<ProjectedAppeal | null>(applyToRow, null) as ProjectedAppeal;
const fold = (events: readonly VersionedAppealEvent[]): AppealRow => foldAppeal(events).row;
/** The row after the commands, and the versioned events they produced. */
const rowAfter = (...commands: AppealCommand[]) => {
  const events = versioned(history(...commands));
  return { row: fold(events), events };
};

describe('applyToRow: one appeal row folded from its events', () => {
  it('AppealSubmitted (+ AppealAssigned by routing) starts the row, assigned to the routed deputy', () => {
    const { row, events } = rowAfter(cmd.submit({ addressedDeputyId: DEPUTY }));
    expect(events.map((e) => e.type)).toEqual(['AppealSubmitted', 'AppealAssigned']);
    expect(row).toEqual({
      appealId: APPEAL_ID,
      subjectId: VOTER,
      regionCode: '77',
      territoryId: 'territory-7',
      categoryId: 'housing',
      deputyId: DEPUTY,
      addressedDeputyId: DEPUTY,
      status: 'ASSIGNED',
      subject: submitData.subject,
      text: submitData.text,
      submittedAt: T0,
      answerDueAt: day(30),
      firstResponseDueAt: hour(24),
      firstRespondedAt: null,
      answeredAt: null,
      closedAt: null,
      overdue: false,
      extended: false,
      extensionDays: null,
      extensionReason: null,
      answerCount: 0,
      reopenCount: 0,
      lastChangedAt: T0,
      version: 1,
    });
  });

  it('without a routed deputy the row is SUBMITTED with no deputy; a moderator assignment sets it', () => {
    expect(rowAfter(cmd.submit({ deputyId: null, routingRuleId: null })).row).toMatchObject({
      status: 'SUBMITTED',
      deputyId: null,
      version: 0,
    });
    expect(rowAfter(cmd.submit({ deputyId: null, routingRuleId: null }), cmd.assign(hour(2))).row).toMatchObject({
      status: 'ASSIGNED',
      deputyId: OTHER_DEPUTY,
      lastChangedAt: hour(2),
    });
  });

  it('AppealCategorized changes the category only', () => {
    const { row } = rowAfter(cmd.submit(), cmd.recategorize(hour(1), 'roads'));
    expect(row).toMatchObject({ categoryId: 'roads', status: 'ASSIGNED', version: 2 });
  });

  it('AppealAcknowledged is the first response; a later answer does not move it', () => {
    expect(rowAfter(cmd.submit(), cmd.acknowledge(hour(3))).row).toMatchObject({ status: 'IN_PROGRESS', firstRespondedAt: hour(3) });
    expect(rowAfter(cmd.submit(), cmd.acknowledge(hour(3)), cmd.answer(day(5))).row).toMatchObject({
      status: 'ANSWERED',
      firstRespondedAt: hour(3),
      answeredAt: day(5),
      answerCount: 1,
    });
  });

  it('a clarification round-trip pauses and then moves the answer due date', () => {
    const asked = rowAfter(cmd.submit(), cmd.requestClarification(day(2)));
    expect(asked.row).toMatchObject({ status: 'AWAITING_CLARIFICATION', firstRespondedAt: day(2), answerDueAt: day(30) });
    const replied = rowAfter(cmd.submit(), cmd.requestClarification(day(2)), cmd.provideClarification(day(5)));
    expect(replied.row).toMatchObject({ status: 'IN_PROGRESS', answerDueAt: day(33), firstRespondedAt: day(2) });
  });

  it('forwarding to a deputy reassigns; forwarding to an authority ends in FORWARDED, kept with the forwarding deputy', () => {
    expect(rowAfter(cmd.submit(), cmd.forwardToDeputy(hour(5))).row).toMatchObject({
      status: 'ASSIGNED',
      deputyId: OTHER_DEPUTY,
      version: 3,
    });
    expect(rowAfter(cmd.submit(), cmd.forwardToAuthority(hour(5))).row).toMatchObject({
      status: 'FORWARDED',
      deputyId: DEPUTY,
      lastChangedAt: hour(5),
    });
  });

  it('DeadlineExtended moves the due date and records the extension', () => {
    const { row } = rowAfter(cmd.submit(), cmd.extend(day(3), { days: 12, reason: 'Запрос в управу' }));
    expect(row).toMatchObject({ answerDueAt: day(42), extended: true, extensionDays: 12, extensionReason: 'Запрос в управу' });
  });

  it('feedback closes the appeal; a reopen clears closedAt and overdue, counts the reopen and sets the new due date', () => {
    const closed = rowAfter(cmd.submit(), cmd.markOverdue('ANSWER', day(31)), cmd.answer(day(32)), cmd.feedback(day(33), { solved: 'NO' }));
    expect(closed.row).toMatchObject({ status: 'CLOSED', closedAt: day(33), overdue: true, answerCount: 1, reopenCount: 0 });
    const reopened = fold(
      versioned(
        history(
          cmd.submit(),
          cmd.markOverdue('ANSWER', day(31)),
          cmd.answer(day(32)),
          cmd.feedback(day(33), { solved: 'NO' }),
          cmd.reopen(day(34)),
        ),
      ),
    );
    expect(reopened).toMatchObject({
      status: 'REOPENED',
      closedAt: null,
      overdue: false,
      reopenCount: 1,
      answerDueAt: day(64),
      answeredAt: day(32),
    });
  });

  it('a second answer after a reopen is the last answer and raises the answer count', () => {
    const { row } = rowAfter(cmd.submit(), cmd.answer(day(2)), cmd.reopen(day(3)), cmd.answer(day(9)));
    expect(row).toMatchObject({ status: 'ANSWERED', answerCount: 2, answeredAt: day(9), reopenCount: 1, firstRespondedAt: day(2) });
  });

  it('AppealClosed without feedback (30 days on) closes it', () => {
    expect(rowAfter(cmd.submit(), cmd.answer(day(2)), cmd.close(day(33))).row).toMatchObject({ status: 'CLOSED', closedAt: day(33) });
  });

  it('AppealRejected and AppealWithdrawn end the appeal, keeping its deputy', () => {
    expect(rowAfter(cmd.submit(), cmd.reject(hour(1))).row).toMatchObject({ status: 'REJECTED', deputyId: DEPUTY, lastChangedAt: hour(1) });
    expect(rowAfter(cmd.submit(), cmd.withdraw(hour(1))).row).toMatchObject({ status: 'WITHDRAWN', deputyId: DEPUTY });
  });

  it('AppealOverdue (first response or answer) marks the row overdue; an extension afterwards does not clear it', () => {
    expect(rowAfter(cmd.submit(), cmd.markOverdue('FIRST_RESPONSE', hour(25))).row).toMatchObject({ overdue: true, status: 'ASSIGNED' });
    expect(rowAfter(cmd.submit(), cmd.markOverdue('ANSWER', day(30)), cmd.extend(day(30, 1))).row).toMatchObject({
      overdue: true,
      extended: true,
    });
    expect(rowAfter(cmd.submit(), cmd.markOverdue('ANSWER', day(29))).row.overdue).toBe(false); // not due yet: no event
  });

  it('FeedbackSubmitted only moves the version and time (the feedback itself goes to its own table)', () => {
    const events = versioned(history(cmd.submit(), cmd.answer(day(2)), cmd.feedback(day(3))));
    const feedback = events.find((e) => e.type === 'FeedbackSubmitted')!;
    const before = foldAppeal(events.slice(0, feedback.streamVersion));
    expect(applyToRow(before, feedback).row).toEqual({ ...before.row, lastChangedAt: day(3), version: feedback.streamVersion });
  });

  it('re-applying an event at or below the row version returns the same row, AppealSubmitted included', () => {
    const events = versioned(history(cmd.submit(), cmd.acknowledge(hour(1)), cmd.answer(day(2))));
    const appeal = foldAppeal(events);
    for (const event of events) expect(applyToRow(appeal, event)).toBe(appeal);
  });

  it('refuses an event with no row before it: the stream would be corrupt', () => {
    const [, assigned] = versioned(history(cmd.submit()));
    expect(() => applyToRow(null, assigned)).toThrow(/Corrupt appeal stream: AppealAssigned .* before its AppealSubmitted/);
  });

  it("carries the domain's state: the status is the one `evolve` gives, whatever the event", () => {
    const events = versioned(
      history(cmd.submit(), cmd.requestClarification(hour(2)), cmd.provideClarification(day(1)), cmd.answer(day(3)), cmd.reopen(day(4))),
    );
    events.forEach((_, index) => {
      const prefix = events.slice(0, index + 1);
      const state = prefix.reduce(evolve, initialState);
      expect(foldAppeal(prefix)).toEqual({ row: expect.objectContaining({ status: state.status }), state });
    });
  });

  it('refuses an event the domain says cannot follow: the stream would be corrupt', () => {
    const [submitted, assigned] = versioned(history(cmd.submit()));
    const provided = versioned(history(cmd.submit(), cmd.requestClarification(hour(1)), cmd.provideClarification(hour(2))))[3];
    const appeal = foldAppeal([submitted, assigned]);
    expect(() => applyToRow(appeal, { ...provided, streamVersion: 2 })).toThrow(
      /Corrupt appeal stream: ClarificationProvided cannot follow/,
    );
    expect(() => applyToRow(appeal, { ...submitted, streamVersion: 2 })).toThrow(/Corrupt appeal stream: AppealSubmitted at version 2/);
  });

  it('property: any re-delivery of earlier events (duplicates, replays of a prefix) gives the row of a single fold', () => {
    const events = versioned(
      history(
        cmd.submit(),
        cmd.requestClarification(hour(2)),
        cmd.provideClarification(day(1)),
        cmd.extend(day(2)),
        cmd.markOverdue('ANSWER', day(41)),
        cmd.answer(day(42)),
        cmd.feedback(day(43), { solved: 'PARTLY' }),
        cmd.reopen(day(44)),
        cmd.acknowledge(day(45), as.deputy),
        cmd.answer(day(46)),
      ),
    );
    const expected = fold(events);
    // A delivery order: the stream in order, where before each event some earlier events may arrive again.
    const deliveries = fc.array(fc.array(fc.nat({ max: events.length - 1 }), { maxLength: 3 }), {
      minLength: events.length,
      maxLength: events.length,
    });
    fc.assert(
      fc.property(deliveries, (repeats) => {
        const delivered = events.flatMap((event, index) => [...repeats[index].filter((r) => r < index).map((r) => events[r]), event]);
        expect(fold(delivered)).toEqual(expected);
      }),
    );
  });
});
