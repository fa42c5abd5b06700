import type { AppealEvent, AppealEventType } from '@app/appeals/contract';

/**
 * One appeal as regional analytics counts it: its dimensions (region, territory, current category) and the
 * times of the facts the figures are made of. The author is kept as the pseudonymous subject id only to
 * count distinct voters for suppression; it never leaves the server.
 */
export type AnalyticsFact = {
  appealId: string;
  regionCode: string;
  territoryId: string;
  categoryId: string;
  subjectId: string;
  submittedAt: string;
  firstResponseAt: string | null;
  /** The first answer. */
  answeredAt: string | null;
  /** When an answer deadline was first missed: its overdue mark, or the due date of an answer given late without one. */
  overdueAt: string | null;
  /** When the appeal left the backlog: its first answer, or a rejection, withdrawal or forward to an authority. */
  settledAt: string | null;
  version: number;
};

/**
 * The voter's verdict on one answer (a row of `analytics_feedback`): when, the mean of its three scores (1–5),
 * and "solved?". A report as of a date takes the latest given by then (`latestVerdictsSql`).
 */
export type Verdict = {
  appealId: string;
  answerNumber: number;
  regionCode: string;
  submittedAt: string;
  satisfaction: number;
  solved: string;
};

export type VersionedEvent = AppealEvent & Readonly<{ streamVersion: number }>;

const READ: Readonly<Record<AppealEventType, boolean>> = {
  AppealSubmitted: true,
  AppealCategorized: true,
  AppealAcknowledged: true,
  ClarificationRequested: true,
  AppealForwarded: true,
  AppealAnswered: true,
  AppealRejected: true,
  AppealWithdrawn: true,
  AppealOverdue: true,
  FeedbackSubmitted: true,
  AppealAssigned: false,
  ClarificationProvided: false,
  DeadlineExtended: false,
  AppealReopened: false,
  AppealClosed: false,
};

/** The appeal event types that change analytics; a new type must be placed here to compile. */
export const ANALYTICS_EVENT_TYPES: ReadonlySet<string> = new Set(Object.entries(READ).flatMap(([type, read]) => (read ? [type] : [])));

/**
 * Folds one event into the appeal's fact, pure; an event already in it returns the same fact and no verdict.
 * A verdict comes back separately because it is written to its own table.
 */
export function applyAnalyticsEvent(fact: AnalyticsFact | null, event: VersionedEvent): { fact: AnalyticsFact; verdict: Verdict | null } {
  if (fact !== null && event.streamVersion <= fact.version) return { fact, verdict: null };
  if (fact !== null && event.type === 'FeedbackSubmitted') {
    const { data } = event;
    const satisfaction = (data.promptness + data.quality + data.attentiveness) / 3;
    const { appealId, answerNumber, submittedAt, solved } = data;
    return {
      fact: { ...fact, version: event.streamVersion },
      verdict: { appealId, answerNumber, regionCode: fact.regionCode, submittedAt, satisfaction, solved },
    };
  }
  return { fact: foldFact(fact, event), verdict: null };
}

function foldFact(fact: AnalyticsFact | null, event: VersionedEvent): AnalyticsFact {
  if (event.type === 'AppealSubmitted') {
    const { data } = event;
    return {
      appealId: data.appealId,
      regionCode: data.regionCode,
      territoryId: data.territoryId,
      categoryId: data.categoryId,
      subjectId: data.subjectId,
      submittedAt: data.submittedAt,
      firstResponseAt: null,
      answeredAt: null,
      overdueAt: null,
      settledAt: null,
      version: event.streamVersion,
    };
  }
  if (fact === null) throw new Error(`Corrupt appeal stream: ${event.type} of appeal ${event.data.appealId} before its AppealSubmitted`);
  const next: AnalyticsFact = { ...fact, version: event.streamVersion };
  const responded = (at: string): AnalyticsFact => ({ ...next, firstResponseAt: fact.firstResponseAt ?? at });
  const settled = (at: string): string => fact.settledAt ?? at;
  switch (event.type) {
    case 'AppealCategorized':
      return { ...next, categoryId: event.data.categoryId };
    case 'AppealAcknowledged':
      return responded(event.data.acknowledgedAt);
    case 'ClarificationRequested':
      return responded(event.data.requestedAt);
    case 'AppealForwarded':
      return event.data.to.kind === 'AUTHORITY'
        ? { ...responded(event.data.forwardedAt), settledAt: settled(event.data.forwardedAt) }
        : responded(event.data.forwardedAt);
    case 'AppealAnswered': {
      const { answeredAt, answerDueAt } = event.data;
      // Late without an overdue mark (the deadline sweep runs every minute): missed all the same.
      const missed = fact.overdueAt ?? (Date.parse(answeredAt) > Date.parse(answerDueAt) ? answerDueAt : null);
      return { ...responded(answeredAt), answeredAt: fact.answeredAt ?? answeredAt, settledAt: settled(answeredAt), overdueAt: missed };
    }
    case 'AppealRejected':
      return { ...next, settledAt: settled(event.data.rejectedAt) };
    case 'AppealWithdrawn':
      return { ...next, settledAt: settled(event.data.withdrawnAt) };
    case 'AppealOverdue':
      // Any answer deadline: the first, or a new one after a reopen.
      return event.data.deadline === 'ANSWER' && fact.overdueAt === null ? { ...next, overdueAt: event.data.markedAt } : next;
    default:
      return next;
  }
}
