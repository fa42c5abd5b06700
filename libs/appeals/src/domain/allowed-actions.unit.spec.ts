import { type AppealAction, allowedActions } from './allowed-actions';
import { initialState } from './appeal-state';
import { as, cmd, day, fold, history } from './testing/appeal-fixtures';

// Expectations come from the rules in docs/appeals.md, written out by hand: the function asks the decider,
// so these lists are what the screens must offer in each situation.
const actions = (events: ReturnType<typeof history>, actor: (typeof as)[keyof typeof as], at: string): AppealAction[] =>
  allowedActions(fold(events), actor, at);

describe('allowedActions', () => {
  const assigned = history(cmd.submit());
  const answered = history(cmd.submit(), cmd.answer(day(3)));

  it('offers nothing before an appeal exists', () => {
    expect(allowedActions(initialState, as.voter, day(0))).toEqual([]);
  });

  it('offers the handling deputy and their assistant the whole handling set on a new appeal', () => {
    const handling: AppealAction[] = ['ACKNOWLEDGE', 'REQUEST_CLARIFICATION', 'ANSWER', 'FORWARD', 'EXTEND_DEADLINE', 'REJECT'];
    expect(actions(assigned, as.deputy, day(1))).toEqual(handling);
    expect(actions(assigned, as.assistant, day(1))).toEqual(handling);
  });

  it('offers another deputy, an analyst and the system nothing', () => {
    expect(actions(assigned, as.otherDeputy, day(1))).toEqual([]);
    expect(actions(assigned, as.otherAssistant, day(1))).toEqual([]);
    expect(actions(assigned, as.analyst, day(1))).toEqual([]);
  });

  it('offers a moderator assign, recategorise and reject while the appeal is open', () => {
    expect(actions(assigned, as.moderator, day(1))).toEqual(['REJECT', 'ASSIGN', 'RECATEGORIZE']);
    // After an answer only the topic can change.
    expect(actions(answered, as.moderator, day(4))).toEqual(['RECATEGORIZE']);
  });

  it('offers the author withdrawal before the answer, then feedback and reopening after it', () => {
    expect(actions(assigned, as.voter, day(1))).toEqual(['WITHDRAW']);
    expect(actions(answered, as.voter, day(4))).toEqual(['SUBMIT_FEEDBACK', 'REOPEN']);
    expect(actions(answered, as.otherVoter, day(4))).toEqual([]);
  });

  it('closes the reopen window 30 days after the answer', () => {
    expect(actions(answered, as.voter, day(3 + 29))).toContain('REOPEN');
    expect(actions(answered, as.voter, day(3 + 30))).not.toContain('REOPEN');
  });

  it('offers the author a reply to a question, and the deputy no second extension', () => {
    const asked = history(cmd.submit(), cmd.extend(day(1)), cmd.requestClarification(day(2)));
    expect(actions(asked, as.voter, day(3))).toEqual(['PROVIDE_CLARIFICATION', 'WITHDRAW']);
    expect(actions(asked, as.deputy, day(3))).toEqual(['ANSWER', 'REJECT']);
  });

  it('lets the author reopen a closed appeal only when their feedback said it was not solved', () => {
    const solved = history(cmd.submit(), cmd.answer(day(3)), cmd.feedback(day(4), { solved: 'YES' }));
    const unsolved = history(cmd.submit(), cmd.answer(day(3)), cmd.feedback(day(4), { solved: 'NO' }));
    expect(actions(solved, as.voter, day(5))).toEqual([]);
    expect(actions(unsolved, as.voter, day(5))).toEqual(['REOPEN']);
  });

  it('offers nobody anything on a withdrawn appeal', () => {
    const withdrawn = history(cmd.submit(), cmd.withdraw(day(1)));
    for (const actor of [as.voter, as.deputy, as.moderator]) expect(actions(withdrawn, actor, day(2))).toEqual([]);
  });
});
