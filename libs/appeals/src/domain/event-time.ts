import type { AppealEvent } from './appeal-events';

/** The domain time of an event (the time field its data carries). */
export function eventTime(event: AppealEvent): string {
  switch (event.type) {
    case 'AppealSubmitted':
      return event.data.submittedAt;
    case 'AppealAssigned':
      return event.data.assignedAt;
    case 'AppealCategorized':
      return event.data.categorizedAt;
    case 'AppealAcknowledged':
      return event.data.acknowledgedAt;
    case 'ClarificationRequested':
      return event.data.requestedAt;
    case 'ClarificationProvided':
      return event.data.providedAt;
    case 'AppealForwarded':
      return event.data.forwardedAt;
    case 'DeadlineExtended':
      return event.data.extendedAt;
    case 'AppealAnswered':
      return event.data.answeredAt;
    case 'AppealReopened':
      return event.data.reopenedAt;
    case 'AppealClosed':
      return event.data.closedAt;
    case 'AppealRejected':
      return event.data.rejectedAt;
    case 'AppealWithdrawn':
      return event.data.withdrawnAt;
    case 'AppealOverdue':
      return event.data.markedAt;
    case 'FeedbackSubmitted':
      return event.data.submittedAt;
  }
}
