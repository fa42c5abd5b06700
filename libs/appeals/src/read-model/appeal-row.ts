import type { AppealEvent, AppealEventType } from '../domain/appeal-events';
import type { AppealStatus } from '../domain/appeal-state';

// A record, so that a new event type that is not listed here fails to compile.
const PROJECTED: Readonly<Record<AppealEventType, true>> = {
  AppealSubmitted: true,
  AppealAssigned: true,
  AppealCategorized: true,
  AppealAcknowledged: true,
  ClarificationRequested: true,
  ClarificationProvided: true,
  AppealForwarded: true,
  DeadlineExtended: true,
  AppealAnswered: true,
  AppealReopened: true,
  AppealClosed: true,
  AppealRejected: true,
  AppealWithdrawn: true,
  AppealOverdue: true,
  FeedbackSubmitted: true,
};

/** Every appeal event type: what the appeals projection reads. */
export const APPEAL_EVENT_TYPES: ReadonlySet<AppealEventType> = new Set(Object.keys(PROJECTED) as AppealEventType[]);

/**
 * One appeal as the lists and the appeal page header show it (a row of `appeals`). Times are ISO 8601.
 *
 * `overdue` is true once an AppealOverdue (answer or first response) was recorded for the deadline in
 * force, and false again after a reopen, which brings a new due date; a pause or an extension that moves
 * the due date does not clear it (the decider does not undo a mark either).
 */
export type AppealRow = {
  appealId: string;
  /** The author's pseudonymous id. */
  subjectId: string;
  regionCode: string;
  territoryId: string;
  categoryId: string;
  /** The handling deputy; `null` while unassigned (kept after a rejection, a withdrawal or a forward to an authority). */
  deputyId: string | null;
  addressedDeputyId: string | null;
  status: AppealStatus;
  subject: string;
  text: string;
  submittedAt: string;
  answerDueAt: string;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  /** The last answer. */
  answeredAt: string | null;
  /** Set by AppealClosed, cleared by a reopen. */
  closedAt: string | null;
  overdue: boolean;
  extended: boolean;
  extensionDays: number | null;
  extensionReason: string | null;
  answerCount: number;
  reopenCount: number;
  /** Domain time of the last applied event. */
  lastChangedAt: string;
  /** Stream version of the last applied event: an event at or below it is already in the row. */
  version: number;
};

/** An appeal event with its position in the appeal's stream. */
export type VersionedAppealEvent = AppealEvent & Readonly<{ streamVersion: number }>;

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

/**
 * Folds one event into the appeal's row, pure. An event whose stream version is not above `row.version`
 * is already in the row: the same row object comes back (idempotent re-delivery). The first event of a
 * stream is AppealSubmitted; any other event on a missing row means a corrupt stream and throws.
 */
export function applyToRow(row: AppealRow | null, event: VersionedAppealEvent): AppealRow {
  if (row !== null && event.streamVersion <= row.version) return row;
  if (event.type === 'AppealSubmitted') {
    if (row !== null) throw corrupt(event, row);
    const { data } = event;
    return {
      appealId: data.appealId,
      subjectId: data.subjectId,
      regionCode: data.regionCode,
      territoryId: data.territoryId,
      categoryId: data.categoryId,
      deputyId: null,
      addressedDeputyId: data.addressedDeputyId,
      status: 'SUBMITTED',
      subject: data.subject,
      text: data.text,
      submittedAt: data.submittedAt,
      answerDueAt: data.answerDueAt,
      firstResponseDueAt: data.firstResponseDueAt,
      firstRespondedAt: null,
      answeredAt: null,
      closedAt: null,
      overdue: false,
      extended: false,
      extensionDays: null,
      extensionReason: null,
      answerCount: 0,
      reopenCount: 0,
      lastChangedAt: data.submittedAt,
      version: event.streamVersion,
    };
  }
  if (row === null) throw corrupt(event, row);
  const at = eventTime(event);
  const next: AppealRow = { ...row, lastChangedAt: at, version: event.streamVersion };
  const firstResponse = row.firstRespondedAt ?? at;

  switch (event.type) {
    case 'AppealAssigned':
      return { ...next, status: 'ASSIGNED', deputyId: event.data.deputyId };
    case 'AppealCategorized':
      return { ...next, categoryId: event.data.categoryId };
    case 'AppealAcknowledged':
      return { ...next, status: 'IN_PROGRESS', deputyId: event.data.deputyId, firstRespondedAt: firstResponse };
    case 'ClarificationRequested':
      return { ...next, status: 'AWAITING_CLARIFICATION', deputyId: event.data.deputyId, firstRespondedAt: firstResponse };
    case 'ClarificationProvided':
      return { ...next, status: 'IN_PROGRESS', answerDueAt: event.data.answerDueAt };
    case 'AppealForwarded':
      // To a deputy, the AppealAssigned that follows moves the appeal; to an authority it leaves the platform.
      return event.data.to.kind === 'DEPUTY' ? next : { ...next, status: 'FORWARDED', deputyId: event.data.fromDeputyId };
    case 'DeadlineExtended':
      return {
        ...next,
        answerDueAt: event.data.answerDueAt,
        extended: true,
        extensionDays: event.data.days,
        extensionReason: event.data.reason,
      };
    case 'AppealAnswered':
      return {
        ...next,
        status: 'ANSWERED',
        deputyId: event.data.deputyId,
        answerCount: event.data.answerNumber,
        answeredAt: event.data.answeredAt,
        firstRespondedAt: firstResponse,
      };
    case 'AppealReopened':
      return {
        ...next,
        status: 'REOPENED',
        answerDueAt: event.data.answerDueAt,
        closedAt: null,
        overdue: false,
        reopenCount: row.reopenCount + 1,
      };
    case 'AppealClosed':
      return { ...next, status: 'CLOSED', closedAt: event.data.closedAt };
    case 'AppealRejected':
      return { ...next, status: 'REJECTED' };
    case 'AppealWithdrawn':
      return { ...next, status: 'WITHDRAWN' };
    case 'AppealOverdue':
      return { ...next, overdue: true };
    case 'FeedbackSubmitted':
      return next;
  }
}

const corrupt = (event: VersionedAppealEvent, row: AppealRow | null): Error =>
  new Error(
    `Corrupt appeal stream: ${event.type} at version ${event.streamVersion} of appeal ${event.data.appealId} ` +
      (row === null ? 'before its AppealSubmitted' : `after version ${row.version}`),
  );
