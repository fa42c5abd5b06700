import type { AppealEvent, AppealEventType } from '@app/appeals/contract';

/**
 * What the ratings remember of one appeal: who wrote it (pseudonymously) and where, and one case per
 * assignment to a deputy. A case is the deputy's part of the appeal: it starts when the appeal is assigned
 * to them and ends when it moves on (reassigned, forwarded, rejected, withdrawn). Every fact keeps its time,
 * so a rating "as of" any date reads only what had happened by then (docs/ratings.md, "What counts").
 */
export type RatingAppeal = {
  appealId: string;
  regionCode: string;
  subjectId: string;
  /** The category's first-response target as a duration in ms (due − submitted), or null without one. */
  firstResponseTargetMs: number | null;
  /** Stream version of the last applied event. */
  version: number;
  cases: RatingCase[];
};

export type DecidedDeadline = { decidedAt: string; met: boolean };

export type CaseEnd = 'TRANSFERRED' | 'FORWARDED' | 'REJECTED' | 'WITHDRAWN';

export type RatingCase = {
  caseNo: number;
  deputyId: string;
  receivedAt: string;
  firstResponseDueAt: string | null;
  /** Acknowledgement, clarification request, forward or answer, whichever came first. */
  firstResponseAt: string | null;
  /** The first answer in this case. */
  answeredAt: string | null;
  /** The first answer deadline missed in this case (AppealOverdue of the ANSWER deadline). */
  overdueAt: string | null;
  /**
   * Every answer deadline of the case that has been decided: the first one, and a new one after each reopen.
   * A deadline is decided by the answer (met when given by the due date in force) or by its overdue mark
   * (missed, also when answered late afterwards).
   */
  deadlines: DecidedDeadline[];
  /** Whether the answer deadline now running (since the case began or the last reopen) is decided. */
  deadlineDecided: boolean;
  /** The first reopen after the case's answer. */
  reopenedAt: string | null;
  endedAt: string | null;
  endReason: CaseEnd | null;
};

/** A voter's verdict on one answer, attributed to the deputy who gave it. */
export type RatingFeedback = {
  appealId: string;
  answerNumber: number;
  deputyId: string;
  regionCode: string;
  subjectId: string;
  submittedAt: string;
  promptness: number;
  quality: number;
  attentiveness: number;
  solved: string;
};

export type VersionedEvent = AppealEvent & Readonly<{ streamVersion: number }>;

const READ: Readonly<Record<AppealEventType, boolean>> = {
  AppealSubmitted: true,
  AppealAssigned: true,
  AppealAcknowledged: true,
  ClarificationRequested: true,
  AppealForwarded: true,
  AppealAnswered: true,
  AppealReopened: true,
  AppealRejected: true,
  AppealWithdrawn: true,
  AppealOverdue: true,
  FeedbackSubmitted: true,
  AppealCategorized: false,
  ClarificationProvided: false,
  DeadlineExtended: false,
  AppealClosed: false,
};

/** The appeal event types that change a rating; a new type must be placed here to compile. */
export const RATING_EVENT_TYPES: ReadonlySet<string> = new Set(Object.entries(READ).flatMap(([type, read]) => (read ? [type] : [])));

/**
 * Folds one event into the appeal's rating record, pure. Returns the same record when the event is already
 * in it (idempotent re-delivery); feedback comes back separately because it is written to its own table.
 */
export function applyRatingEvent(
  appeal: RatingAppeal | null,
  event: VersionedEvent,
): { appeal: RatingAppeal; feedback: RatingFeedback | null } {
  if (appeal !== null && event.streamVersion <= appeal.version) return { appeal, feedback: null };
  if (event.type === 'AppealSubmitted') {
    const { data } = event;
    const target = data.firstResponseDueAt === null ? null : Date.parse(data.firstResponseDueAt) - Date.parse(data.submittedAt);
    return {
      appeal: {
        appealId: data.appealId,
        regionCode: data.regionCode,
        subjectId: data.subjectId,
        firstResponseTargetMs: target,
        version: event.streamVersion,
        cases: [],
      },
      feedback: null,
    };
  }
  if (appeal === null) throw new Error(`Corrupt appeal stream: ${event.type} of appeal ${event.data.appealId} before its AppealSubmitted`);

  const cases = appeal.cases.slice();
  const last = cases.length - 1;
  const open = last >= 0 && cases[last].endedAt === null ? cases[last] : null;
  const update = (change: Partial<RatingCase>): void => {
    if (open) cases[last] = { ...open, ...change };
  };
  const respond = (at: string): void => {
    if (open && open.firstResponseAt === null) update({ firstResponseAt: at });
  };
  let feedback: RatingFeedback | null = null;

  switch (event.type) {
    case 'AppealAssigned': {
      const at = event.data.assignedAt;
      if (open) cases[last] = { ...open, endedAt: at, endReason: 'TRANSFERRED' };
      const due = appeal.firstResponseTargetMs === null ? null : new Date(Date.parse(at) + appeal.firstResponseTargetMs).toISOString();
      cases.push({
        caseNo: cases.length + 1,
        deputyId: event.data.deputyId,
        receivedAt: at,
        firstResponseDueAt: due,
        firstResponseAt: null,
        answeredAt: null,
        overdueAt: null,
        deadlines: [],
        deadlineDecided: false,
        reopenedAt: null,
        endedAt: null,
        endReason: null,
      });
      break;
    }
    case 'AppealAcknowledged':
      respond(event.data.acknowledgedAt);
      break;
    case 'ClarificationRequested':
      respond(event.data.requestedAt);
      break;
    case 'AppealForwarded':
      respond(event.data.forwardedAt);
      // To a deputy, the AppealAssigned that follows ends the case; to an authority the appeal leaves the platform.
      if (event.data.to.kind === 'AUTHORITY' && open)
        cases[last] = { ...cases[last], endedAt: event.data.forwardedAt, endReason: 'FORWARDED' };
      break;
    case 'AppealAnswered': {
      if (!open) break;
      const { answeredAt, answerDueAt } = event.data;
      const met = Date.parse(answeredAt) <= Date.parse(answerDueAt);
      update({
        firstResponseAt: open.firstResponseAt ?? answeredAt,
        answeredAt: open.answeredAt ?? answeredAt,
        ...(open.deadlineDecided ? {} : { deadlines: [...open.deadlines, { decidedAt: answeredAt, met }], deadlineDecided: true }),
      });
      break;
    }
    case 'AppealReopened':
      // A reopen brings a new answer deadline.
      if (open)
        update({ reopenedAt: open.reopenedAt ?? (open.answeredAt !== null ? event.data.reopenedAt : null), deadlineDecided: false });
      break;
    case 'AppealOverdue':
      if (event.data.deadline === 'ANSWER' && open) {
        update({
          overdueAt: open.overdueAt ?? event.data.markedAt,
          ...(open.deadlineDecided
            ? {}
            : { deadlines: [...open.deadlines, { decidedAt: event.data.markedAt, met: false }], deadlineDecided: true }),
        });
      }
      break;
    case 'AppealRejected':
      if (open) update({ endedAt: event.data.rejectedAt, endReason: 'REJECTED' });
      break;
    case 'AppealWithdrawn':
      if (open) update({ endedAt: event.data.withdrawnAt, endReason: 'WITHDRAWN' });
      break;
    case 'FeedbackSubmitted': {
      const { data } = event;
      feedback = {
        appealId: data.appealId,
        answerNumber: data.answerNumber,
        deputyId: data.deputyId,
        regionCode: appeal.regionCode,
        subjectId: appeal.subjectId,
        submittedAt: data.submittedAt,
        promptness: data.promptness,
        quality: data.quality,
        attentiveness: data.attentiveness,
        solved: data.solved,
      };
      break;
    }
    default:
      break;
  }
  return { appeal: { ...appeal, cases, version: event.streamVersion }, feedback };
}
