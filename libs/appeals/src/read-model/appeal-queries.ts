import { DomainError } from '@app/platform/errors/domain-error';
import type { DataSource } from 'typeorm';
import type { AppealEventType, Solved } from '../domain/appeal-events';
import { APPEAL_STATUSES, type AppealStatus, OPEN_STATUSES } from '../domain/appeal-state';
import { appealSelectList, isoTime, toAppealRow } from './appeal-columns';
import { type AppealRow, foldTimeline } from './appeal-row';
import type { AppealState } from '../domain/appeal-state';

export type TimelineEntry = {
  streamVersion: number;
  type: AppealEventType;
  /** Domain time of the event. */
  at: string;
  actorId: string | null;
  /** The event's data as recorded. */
  data: Record<string, unknown>;
};

export type FeedbackEntry = {
  answerNumber: number;
  deputyId: string;
  promptness: number;
  quality: number;
  attentiveness: number;
  solved: Solved;
  comment: string | null;
  submittedAt: string;
};

/** Feedback a deputy received, with the appeal it is about. */
export type ReceivedFeedback = FeedbackEntry & { appealId: string; subject: string };

/** The appeal page: its row, its history in stream order, the feedback per answer, and the decider's state. */
export type AppealDetails = AppealRow & { timeline: TimelineEntry[]; feedback: FeedbackEntry[]; state: AppealState };

export type Page<T> = { items: T[]; endCursor: string | null; hasNextPage: boolean; totalCount: number };

export type PageArgs = Readonly<{
  /** 1..100, default 20. */
  first?: number;
  /** The `endCursor` of the previous page. */
  after?: string | null;
}>;
type StatusFilter = AppealStatus | readonly AppealStatus[];
export type AuthorListArgs = PageArgs & Readonly<{ status?: StatusFilter | null }>;
export type DeputyInboxArgs = PageArgs &
  Readonly<{ status?: StatusFilter | null; overdueOnly?: boolean | null; categoryId?: string | null; territoryId?: string | null }>;

export type ModerationArgs = PageArgs &
  Readonly<{
    regionCodes: readonly string[] | '*';
    status?: StatusFilter | null;
    unassignedOnly?: boolean | null;
    overdueOnly?: boolean | null;
  }>;

export type InboxCounters = {
  byStatus: Record<AppealStatus, number>;
  /** Overdue among the open appeals (those the inbox shows by default). */
  overdue: number;
};

/** What a deputy's inbox shows unless a status is asked for: the appeals still in their hands or just answered. */
export const OPEN_INBOX_STATUSES: readonly AppealStatus[] = [...OPEN_STATUSES, 'ANSWERED'];

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

/** Reads of the appeals read model (never the event log). Lists sort by answer due date, then appeal id. */
export class AppealQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The appeal's row alone, or `null` when there is none with this id. */
  async row(appealId: string): Promise<AppealRow | null> {
    const records: Record<string, unknown>[] = await this.dataSource.query(
      `select ${appealSelectList('a')} from appeals a where a.appeal_id = $1`,
      [appealId],
    );
    return records.length === 0 ? null : toAppealRow(records[0]);
  }

  /** The appeal with its timeline and feedback, or `null` when there is none with this id. */
  async byId(appealId: string): Promise<AppealDetails | null> {
    // One snapshot: read side by side, a page could show the appeal closed by feedback but not the feedback yet.
    const [records, timeline, feedback] = await this.dataSource.transaction(
      'REPEATABLE READ',
      async (db) =>
        [
          await db.query<Record<string, unknown>[]>(`select ${appealSelectList('a')} from appeals a where a.appeal_id = $1`, [appealId]),
          await db.query<Array<TimelineEntry & { at: unknown }>>(
            `select stream_version as "streamVersion", type, at, actor_id as "actorId", data
           from appeal_timeline where appeal_id = $1 order by stream_version`,
            [appealId],
          ),
          await db.query<Array<FeedbackEntry & { submittedAt: unknown }>>(
            `select answer_number as "answerNumber", deputy_id as "deputyId", promptness, quality, attentiveness, solved, comment,
                submitted_at as "submittedAt"
           from appeal_feedback where appeal_id = $1 order by answer_number`,
            [appealId],
          ),
        ] as const,
    );
    if (records.length === 0) return null;
    return {
      ...toAppealRow(records[0]),
      timeline: timeline.map((entry) => ({ ...entry, at: isoTime(entry.at) })),
      feedback: feedback.map((entry) => ({ ...entry, submittedAt: isoTime(entry.submittedAt) })),
      state: foldTimeline(timeline),
    };
  }

  /** The author's appeals, any status unless `status` narrows them. */
  async forAuthor(subjectId: string, args: AuthorListArgs = {}): Promise<Page<AppealRow>> {
    const statuses = statusList(args.status) ?? APPEAL_STATUSES;
    return this.page('subject_id = $1 and status = any($2)', [subjectId, statuses], args);
  }

  /**
   * The deputy's inbox: by default the open appeals (`OPEN_INBOX_STATUSES`); closed, rejected, withdrawn
   * and forwarded ones only when `status` asks for them. An appeal forwarded to another deputy is theirs.
   */
  async forDeputy(deputyId: string, args: DeputyInboxArgs = {}): Promise<Page<AppealRow>> {
    const statuses = statusList(args.status) ?? OPEN_INBOX_STATUSES;
    return this.page(
      `deputy_id = $1 and status = any($2) and (not $3::boolean or overdue)
         and ($4::text is null or category_id = $4) and ($5::text is null or territory_id = $5)`,
      [deputyId, statuses, args.overdueOnly === true, args.categoryId ?? null, args.territoryId ?? null],
      args,
    );
  }

  /**
   * The appeals of a moderator's regions (ЦУР queue): open ones unless `status` narrows them; `unassignedOnly`
   * leaves those no routing rule placed (status SUBMITTED, no deputy).
   */
  async forModerator(args: ModerationArgs): Promise<Page<AppealRow>> {
    const statuses = statusList(args.status) ?? OPEN_STATUSES;
    return this.page(
      `($1::text[] is null or region_code = any($1)) and status = any($2) and (not $3::boolean or deputy_id is null) and (not $4::boolean or overdue)`,
      [args.regionCodes === '*' ? null : args.regionCodes, statuses, args.unassignedOnly === true, args.overdueOnly === true],
      args,
    );
  }

  /** The latest feedback on the deputy's answers (newest first, at most `first`), and how much there is. */
  async feedbackFor(deputyId: string, first?: number): Promise<{ items: ReceivedFeedback[]; totalCount: number }> {
    const rows: Array<ReceivedFeedback & { totalCount: number }> = await this.dataSource.query(
      `select f.appeal_id as "appealId", a.subject, f.answer_number as "answerNumber", f.deputy_id as "deputyId", f.promptness, f.quality,
              f.attentiveness, f.solved, f.comment, f.submitted_at as "submittedAt", count(*) over ()::int as "totalCount"
         from appeal_feedback f join appeals a on a.appeal_id = f.appeal_id
        where f.deputy_id = $1
        order by f.submitted_at desc, f.appeal_id, f.answer_number
        limit $2`,
      [deputyId, pageSize(first)],
    );
    // The window count runs before the limit: the total of all the deputy's feedback.
    return {
      items: rows.map(({ totalCount: _total, ...item }) => ({ ...item, submittedAt: isoTime(item.submittedAt) })),
      totalCount: rows[0]?.totalCount ?? 0,
    };
  }

  /** The deputy's appeals counted per status, and the open ones overdue, in one query. */
  async inboxCounters(deputyId: string): Promise<InboxCounters> {
    const rows: Array<{ status: AppealStatus; count: number; overdue: number }> = await this.dataSource.query(
      `select status, count(*)::int as count, count(*) filter (where overdue and status = any($2))::int as overdue
         from appeals where deputy_id = $1 group by status`,
      [deputyId, OPEN_INBOX_STATUSES],
    );
    const byStatus = Object.fromEntries(APPEAL_STATUSES.map((status) => [status, 0])) as Record<AppealStatus, number>;
    let overdue = 0;
    for (const row of rows) {
      byStatus[row.status] = row.count;
      overdue += row.overdue;
    }
    return { byStatus, overdue };
  }

  /** One keyset page of `appeals` matching `where` (parameters from $1), with the total count, in one query. */
  private async page(where: string, params: unknown[], args: PageArgs): Promise<Page<AppealRow>> {
    const first = pageSize(args.first);
    const after = args.after == null ? null : decodeCursor(args.after);
    const n = params.length;
    const records: Array<Record<string, unknown> & { totalCount: number; cursorDueAt: string | null }> = await this.dataSource.query(
      `with matching as (select * from appeals where ${where})
       select p.*, t.total as "totalCount"
         from (select count(*)::int as total from matching) t
         left join lateral (
           select ${appealSelectList('m')},
                  to_char(m.answer_due_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorDueAt"
             from matching m
            where $${n + 1}::timestamptz is null or (m.answer_due_at, m.appeal_id) > ($${n + 1}::timestamptz, $${n + 2}::text)
            order by m.answer_due_at, m.appeal_id
            limit $${n + 3}
         ) p on true`,
      [...params, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    const totalCount = records[0]?.totalCount ?? 0;
    const found = records.filter((record) => record.cursorDueAt !== null);
    const hasNextPage = found.length > first;
    const items = found.slice(0, first);
    const last = items[items.length - 1];
    return {
      items: items.map(toAppealRow),
      endCursor: last ? encodeCursor([last.cursorDueAt as string, last.appealId as string]) : null,
      hasNextPage,
      totalCount,
    };
  }
}

function statusList(status: StatusFilter | null | undefined): readonly AppealStatus[] | null {
  if (status == null) return null;
  const list: readonly AppealStatus[] = typeof status === 'string' ? [status] : status;
  const unknown = list.find((value) => !(APPEAL_STATUSES as readonly string[]).includes(value));
  if (unknown !== undefined)
    throw new DomainError('BAD_USER_INPUT', `status must be one of ${APPEAL_STATUSES.join(', ')}, got ${JSON.stringify(unknown)}`, {
      field: 'status',
    });
  return list.length > 0 ? list : null;
}

function pageSize(first: number | undefined): number {
  if (first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new DomainError('BAD_USER_INPUT', `first must be an integer from 1 to ${MAX_PAGE}, got ${first}`, { field: 'first' });
  }
  return first;
}

type Cursor = readonly [answerDueAt: string, appealId: string];

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Opaque to clients: base64url of `[answerDueAt, appealId]`, the sort key of the last item. */
const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(after: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    Array.isArray(parsed) &&
    parsed.length === 2 &&
    typeof parsed[0] === 'string' &&
    CURSOR_TIME.test(parsed[0]) &&
    !Number.isNaN(Date.parse(parsed[0])) &&
    typeof parsed[1] === 'string'
  ) {
    return [parsed[0], parsed[1]];
  }
  throw new DomainError('BAD_USER_INPUT', 'after is not a cursor this list gave out', { field: 'after' });
}
