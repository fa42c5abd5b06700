/**
 * Appeal events: facts, past tense, forever. They carry the domain time of the fact in `data`
 * (`submittedAt`, `answeredAt`, …) because the decider folds events without their store metadata
 * (`commandId`, `actorId`, `occurredAt` are added by the command executor).
 *
 * No personal data: the author is the pseudonymous `subjectId`; name and contact live in the PII vault.
 * Free text (subject, text, answers, comments) is what people wrote, kept as written (also when rejected).
 */
import type { DomainEvent } from '@app/platform/event-sourcing/decider';

export type Deadline = 'ANSWER' | 'FIRST_RESPONSE';
export type AssignedBy = 'ROUTING' | 'MODERATOR' | 'FORWARDING';
export type ForwardTarget = Readonly<{ kind: 'DEPUTY'; deputyId: string }> | Readonly<{ kind: 'AUTHORITY'; authority: string }>;
export type RejectReason = 'SPAM' | 'ABUSE' | 'NOT_AN_APPEAL' | 'DUPLICATE';
export type Solved = 'YES' | 'PARTLY' | 'NO';
export type Score = 1 | 2 | 3 | 4 | 5;
export type CloseReason = 'FEEDBACK' | 'NO_FEEDBACK_30_DAYS';

/** Photos one appeal may carry. */
export const MAX_ATTACHMENTS = 5;

export const REJECT_REASONS: readonly RejectReason[] = ['SPAM', 'ABUSE', 'NOT_AN_APPEAL', 'DUPLICATE'];
export const SOLVED_VALUES: readonly Solved[] = ['YES', 'PARTLY', 'NO'];
export const DEADLINES: readonly Deadline[] = ['ANSWER', 'FIRST_RESPONSE'];

type Event<TType extends string, TData> = DomainEvent<TType, Readonly<TData>>;

export type AppealSubmitted = Event<
  'AppealSubmitted',
  {
    appealId: string;
    subjectId: string;
    regionCode: string;
    territoryId: string;
    categoryId: string;
    subject: string;
    text: string;
    /** The deputy the voter chose to write to, if any (routing may still pick another). */
    addressedDeputyId: string | null;
    /** Version of the personal data policy the voter consented to. */
    policyVersion: string;
    /**
     * Photos the voter attached: ids of their sealed copies in the PII vault, which go on erasure while
     * the ids stay meaningless. Absent when there are none.
     */
    attachmentIds?: readonly string[];
    submittedAt: string;
    answerDueAt: string;
    firstResponseDueAt: string | null;
  }
>;
export type AppealAssigned = Event<
  'AppealAssigned',
  {
    appealId: string;
    deputyId: string;
    previousDeputyId: string | null;
    assignedBy: AssignedBy;
    /** The routing rule that picked the deputy (ROUTING), so a past assignment can be explained. */
    routingRuleId: string | null;
    /** Why a moderator reassigned it, or why it was forwarded. */
    reason: string | null;
    assignedAt: string;
  }
>;
export type AppealCategorized = Event<
  'AppealCategorized',
  { appealId: string; categoryId: string; previousCategoryId: string; categorizedAt: string }
>;
export type AppealAcknowledged = Event<'AppealAcknowledged', { appealId: string; deputyId: string; acknowledgedAt: string }>;
export type ClarificationRequested = Event<
  'ClarificationRequested',
  { appealId: string; deputyId: string; question: string; requestedAt: string }
>;
export type ClarificationProvided = Event<
  'ClarificationProvided',
  { appealId: string; text: string; providedAt: string; /** The answer due date moved by the pause. */ answerDueAt: string }
>;
export type AppealForwarded = Event<
  'AppealForwarded',
  { appealId: string; fromDeputyId: string; to: ForwardTarget; reason: string; forwardedAt: string }
>;
export type DeadlineExtended = Event<
  'DeadlineExtended',
  {
    appealId: string;
    deputyId: string;
    days: number;
    /** Shown to the voter. */ reason: string;
    previousDueAt: string;
    answerDueAt: string;
    extendedAt: string;
  }
>;
export type AppealAnswered = Event<
  'AppealAnswered',
  {
    appealId: string;
    deputyId: string;
    text: string;
    /** 1 for the first answer, 2 after one reopen, … */
    answerNumber: number;
    /** The due date in force when answering (moved by a pause still running), for deadline compliance. */
    answerDueAt: string;
    answeredAt: string;
  }
>;
export type AppealReopened = Event<
  'AppealReopened',
  { appealId: string; reason: string; reopenedAt: string; /** The new answer due date. */ answerDueAt: string }
>;
export type AppealClosed = Event<'AppealClosed', { appealId: string; reason: CloseReason; closedAt: string }>;
export type AppealRejected = Event<
  'AppealRejected',
  {
    appealId: string;
    reason: RejectReason;
    note: string | null;
    rejectedBy: 'MODERATOR' | 'DEPUTY';
    deputyId: string | null;
    rejectedAt: string;
  }
>;
export type AppealWithdrawn = Event<'AppealWithdrawn', { appealId: string; withdrawnAt: string }>;
export type AppealOverdue = Event<
  'AppealOverdue',
  { appealId: string; deadline: Deadline; dueAt: string; deputyId: string | null; markedAt: string }
>;
export type FeedbackSubmitted = Event<
  'FeedbackSubmitted',
  {
    appealId: string;
    deputyId: string;
    /** The answer this feedback is about. */
    answerNumber: number;
    promptness: Score;
    quality: Score;
    attentiveness: Score;
    solved: Solved;
    comment: string | null;
    submittedAt: string;
  }
>;

export type AppealEvent =
  | AppealSubmitted
  | AppealAssigned
  | AppealCategorized
  | AppealAcknowledged
  | ClarificationRequested
  | ClarificationProvided
  | AppealForwarded
  | DeadlineExtended
  | AppealAnswered
  | AppealReopened
  | AppealClosed
  | AppealRejected
  | AppealWithdrawn
  | AppealOverdue
  | FeedbackSubmitted;

export type AppealEventType = AppealEvent['type'];
