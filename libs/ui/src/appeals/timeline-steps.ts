import type { TimelineStepFieldsFragment as TimelineStep } from '../gql/graphql';

/**
 * Who reads the history: the voter who wrote the appeal ("you sent", "the deputy answered"), or the
 * deputy's office and ЦУР moderators ("the voter sent", "answered").
 */
export type TimelineAudience = 'voter' | 'staff';

const KNOWN_STEPS = new Set([
  'AppealSubmitted',
  'AppealAssigned',
  'AppealCategorized',
  'AppealAcknowledged',
  'ClarificationRequested',
  'ClarificationProvided',
  'AppealForwarded',
  'DeadlineExtended',
  'AppealAnswered',
  'AppealReopened',
  'AppealClosed',
  'AppealRejected',
  'AppealWithdrawn',
  'AppealOverdue',
  'FeedbackSubmitted',
]);
/** Steps that move the answer's due date (the others carry the date in force, not a new one). */
const MOVES_DUE_DATE = new Set(['ClarificationProvided', 'DeadlineExtended', 'AppealReopened']);
/** Steps whose reason is a code, not words someone wrote; the codes the pages can put in words. */
const CODED_REASONS = new Set(['AppealClosed', 'AppealRejected']);
// The keys of `timeline.reasons` in libs/ui's texts.
const REASON_CODES = new Set(['FEEDBACK', 'NO_FEEDBACK_30_DAYS', 'SPAM', 'ABUSE', 'NOT_AN_APPEAL', 'DUPLICATE']);

export type StepView = Readonly<{
  /** The step's type, or "Other" for one the pages do not know. */
  kind: string;
  deputyId: string | null;
  text: string | null;
  /** A code to put in words (`timeline.reasons.<code>`), or words to show as they are. */
  reason: Readonly<{ code: string }> | Readonly<{ text: string }> | null;
  newDueAt: string | null;
}>;

/**
 * What of one step a reader is shown. The voter gets nothing that was not written for them: of a step
 * the pages do not know only that the appeal changed, and no reason code without words for it. Staff see
 * such steps and codes as they are.
 */
export function stepView(step: TimelineStep, audience: TimelineAudience): StepView {
  const known = KNOWN_STEPS.has(step.type);
  const kind = known ? step.type : 'Other';
  if (!known && audience === 'voter') return { kind, deputyId: null, text: null, reason: null, newDueAt: null };
  const coded = step.reason !== null && CODED_REASONS.has(step.type);
  const reason =
    step.reason === null
      ? null
      : !coded
        ? { text: step.reason }
        : REASON_CODES.has(step.reason)
          ? { code: step.reason }
          : audience === 'staff'
            ? { text: step.reason }
            : null;
  return { kind, deputyId: step.deputyId, text: step.text, reason, newDueAt: MOVES_DUE_DATE.has(step.type) ? step.dueAt : null };
}
