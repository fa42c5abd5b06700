import type { TimelineStepFieldsFragment as TimelineStep } from '../gql/graphql';
import { stepView } from './timeline-steps';

const step = (type: string, fields: Partial<TimelineStep> = {}): TimelineStep => ({
  type,
  at: '2026-11-20T10:00:00Z',
  text: null,
  reason: null,
  deputyId: null,
  dueAt: null,
  ...fields,
});

describe('stepView', () => {
  it('shows the voter only that the appeal changed on a step the pages do not know', () => {
    const internal = step('InternalNoteAdded', {
      text: 'Позвонить в управляющую компанию',
      reason: 'NOTE',
      deputyId: 'd1',
      dueAt: '2026-12-01',
    });
    expect(stepView(internal, 'voter')).toEqual({ kind: 'Other', deputyId: null, text: null, reason: null, newDueAt: null });
    expect(stepView(internal, 'staff')).toEqual({
      kind: 'Other',
      deputyId: 'd1',
      text: 'Позвонить в управляющую компанию',
      reason: { text: 'NOTE' },
      newDueAt: null,
    });
  });

  it('puts a known reason code in words for both, and shows an unknown one to staff only', () => {
    expect(stepView(step('AppealRejected', { reason: 'SPAM' }), 'voter').reason).toEqual({ code: 'SPAM' });
    expect(stepView(step('AppealClosed', { reason: 'NO_FEEDBACK_30_DAYS' }), 'staff').reason).toEqual({ code: 'NO_FEEDBACK_30_DAYS' });
    expect(stepView(step('AppealRejected', { reason: 'MODERATOR_ONLY' }), 'voter').reason).toBeNull();
    expect(stepView(step('AppealRejected', { reason: 'MODERATOR_ONLY' }), 'staff').reason).toEqual({ text: 'MODERATOR_ONLY' });
  });

  it('shows a written reason and text as they are', () => {
    const extended = step('DeadlineExtended', { reason: 'Ждём ответа подрядчика', dueAt: '2026-12-20T00:00:00Z' });
    expect(stepView(extended, 'voter')).toMatchObject({
      kind: 'DeadlineExtended',
      reason: { text: 'Ждём ответа подрядчика' },
      newDueAt: '2026-12-20T00:00:00Z',
    });
    expect(stepView(step('AppealAnswered', { text: 'Фонарь заменят' }), 'voter').text).toBe('Фонарь заменят');
  });

  it('gives a new due date only for the steps that move it', () => {
    expect(stepView(step('AppealOverdue', { dueAt: '2026-11-19T00:00:00Z' }), 'staff').newDueAt).toBeNull();
    expect(stepView(step('AppealReopened', { dueAt: '2026-12-20T00:00:00Z' }), 'voter').newDueAt).toBe('2026-12-20T00:00:00Z');
  });
});
