/**
 * The appeals' published contract: what other libs (ratings, analytics) may rely on. They fold the appeal
 * events themselves into their own read models; they never read the appeals read model or the decider.
 * A change here is a change for every consumer: events are facts forever (a new shape is a new version).
 */
export type {
  AppealAcknowledged,
  AppealAnswered,
  AppealAssigned,
  AppealCategorized,
  AppealClosed,
  AppealEvent,
  AppealEventType,
  AppealForwarded,
  AppealOverdue,
  AppealRejected,
  AppealReopened,
  AppealSubmitted,
  AppealWithdrawn,
  AssignedBy,
  ClarificationProvided,
  ClarificationRequested,
  CloseReason,
  Deadline,
  DeadlineExtended,
  FeedbackSubmitted,
  ForwardTarget,
  RejectReason,
  Score,
  Solved,
} from '../domain/appeal-events';
export { DEADLINES, REJECT_REASONS, SOLVED_VALUES } from '../domain/appeal-events';
export { APPEAL_STATUSES, OPEN_STATUSES, isOpen, type AppealStatus, type OpenStatus } from '../domain/appeal-state';
export { ANSWER_DAYS, AUTO_CLOSE_DAYS, MAX_EXTENSION_DAYS, REOPEN_WINDOW_DAYS } from '../domain/deadlines';
export { eventTime } from '../domain/event-time';
export * from './figures';
