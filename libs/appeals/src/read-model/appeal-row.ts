import type { AppealEvent, AppealEventType } from '../domain/appeal-events';
import { type AppealState, type AppealStatus, type RegisteredAppeal, evolve, initialState } from '../domain/appeal-state';
import { eventTime } from '../domain/event-time';

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

/**
 * The decider's state of an appeal, folded from its `appeal_timeline` rows. They hold every event of the appeal up
 * to its row's version, with each event's data as it was projected: after a new upcaster of an appeal event, rebuild
 * the appeals projection so the rows take the new shape (docs/architecture.md, "An event type").
 */
export function foldTimeline(events: ReadonlyArray<Readonly<{ type: string; data: unknown }>>): AppealState {
  // The rows were written from appeal events by this projection, so their type and data are an AppealEvent's.
  return events.reduce<AppealState>((state, event) => evolve(state, event as AppealEvent), initialState);
}

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

/**
 * An appeal as the projection holds it: its row, and the domain state folded from the same events by the
 * domain's `evolve`, from which the row takes its status, deputy, due dates and answer facts (one transition
 * table, the domain's). `row.version` is the stream version of the last event in both.
 */
export type ProjectedAppeal = Readonly<{ row: AppealRow; state: RegisteredAppeal }>;

/**
 * Folds one event into the appeal, pure. An event whose stream version is not above `row.version` is
 * already in it: the same object comes back (idempotent re-delivery). The first event of a stream is
 * AppealSubmitted; any other event on a missing appeal (or one `evolve` refuses) means a corrupt stream and throws.
 */
export function applyToRow(appeal: ProjectedAppeal | null, event: VersionedAppealEvent): ProjectedAppeal {
  if (appeal !== null && event.streamVersion <= appeal.row.version) return appeal;
  if ((appeal === null) !== (event.type === 'AppealSubmitted')) throw corrupt(event, appeal?.row ?? null);
  const state = evolve(appeal?.state ?? initialState, event);
  if (state.status === 'NOT_SUBMITTED') throw corrupt(event, appeal?.row ?? null);
  return { row: toRow(appeal?.row ?? null, state, event), state };
}

/** The row after `event`, given the domain state after it: what the domain knows, plus what only the screens keep. */
function toRow(before: AppealRow | null, state: RegisteredAppeal, event: VersionedAppealEvent): AppealRow {
  const { appealId, subjectId, regionCode, territoryId, categoryId, deputyId, addressedDeputyId, status, submittedAt } = state;
  const { answerDueAt, firstResponseDueAt, firstRespondedAt, answerCount, lastAnsweredAt, extension } = state;
  const submitted = event.type === 'AppealSubmitted' ? event.data : null;
  return {
    appealId,
    subjectId,
    regionCode,
    territoryId,
    categoryId,
    deputyId,
    addressedDeputyId,
    status,
    subject: submitted?.subject ?? before!.subject,
    text: submitted?.text ?? before!.text,
    submittedAt,
    answerDueAt,
    firstResponseDueAt,
    firstRespondedAt,
    answeredAt: lastAnsweredAt,
    closedAt: state.status === 'CLOSED' ? state.closedAt : null,
    // The mark of the deadline in force: a reopen brings a new due date, an extension or a pause does not clear it.
    overdue: event.type === 'AppealOverdue' || (event.type !== 'AppealReopened' && (before?.overdue ?? false)),
    extended: extension !== null,
    extensionDays: extension?.days ?? null,
    extensionReason: extension?.reason ?? null,
    answerCount,
    reopenCount: (before?.reopenCount ?? 0) + (event.type === 'AppealReopened' ? 1 : 0),
    lastChangedAt: eventTime(event),
    version: event.streamVersion,
  };
}

const corrupt = (event: VersionedAppealEvent, row: AppealRow | null): Error =>
  new Error(
    `Corrupt appeal stream: ${event.type} at version ${event.streamVersion} of appeal ${event.data.appealId} ` +
      (row === null ? 'before its AppealSubmitted' : `after version ${row.version}`),
  );
