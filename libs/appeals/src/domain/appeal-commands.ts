/**
 * Appeal commands: what someone asks for. Each carries who asks (`actorId`, `role`, and for deputies and
 * assistants the deputy they act for) and when (`at`): the decider has no clock and no id generator.
 */
import type { Role } from '@app/identity/access/viewer';
import type { Deadline, ForwardTarget, RejectReason, Solved } from './appeal-events';

/** The identity roles, plus the process managers' own actor. */
export type ActorRole = Role | 'SYSTEM';

export type CommandMetadata = Readonly<{
  /** Repeat-safe id of the command (the executor stores it with the events). */
  commandId: string;
  /** The signed-in user's pseudonymous id (a voter's is their PII subject id), or `system:<process>`. */
  actorId: string;
  role: ActorRole;
  /** DEPUTY: their own deputy id; ASSISTANT: the deputy they act for; otherwise absent. */
  deputyId?: string | null;
  /** When the command is issued (ISO 8601): the time of its events. */
  at: string;
}>;

type Command<TType extends string, TData> = Readonly<{ type: TType; data: Readonly<TData>; metadata: CommandMetadata }>;

export type SubmitAppeal = Command<
  'SubmitAppeal',
  {
    appealId: string;
    subjectId: string;
    regionCode: string;
    territoryId: string;
    categoryId: string;
    /** 1..200 characters. */
    subject: string;
    /** 1..10,000 characters. */
    text: string;
    addressedDeputyId?: string | null;
    /** Photos already stored in the PII vault, at most `MAX_ATTACHMENTS`. */
    attachmentIds?: readonly string[];
    /** The deputy the caller's routing picked, `null` when no rule matched (a moderator assigns it). */
    deputyId: string | null;
    /** The routing rule that picked `deputyId`; required with it. */
    routingRuleId: string | null;
    policyVersion: string;
    /** The category's first-response target in hours (1..720), `null` for none. */
    firstResponseTargetHours: number | null;
  }
>;
export type AcknowledgeAppeal = Command<'AcknowledgeAppeal', { appealId: string }>;
export type RequestClarification = Command<'RequestClarification', { appealId: string; question: string }>;
export type ProvideClarification = Command<'ProvideClarification', { appealId: string; text: string }>;
export type ForwardAppeal = Command<'ForwardAppeal', { appealId: string; to: ForwardTarget; reason: string }>;
export type ExtendDeadline = Command<'ExtendDeadline', { appealId: string; days: number; reason: string }>;
export type AnswerAppeal = Command<'AnswerAppeal', { appealId: string; text: string }>;
export type ReopenAppeal = Command<'ReopenAppeal', { appealId: string; reason: string }>;
export type WithdrawAppeal = Command<'WithdrawAppeal', { appealId: string }>;
export type SubmitFeedback = Command<
  'SubmitFeedback',
  { appealId: string; promptness: number; quality: number; attentiveness: number; solved: Solved; comment?: string | null }
>;
export type AssignAppeal = Command<'AssignAppeal', { appealId: string; deputyId: string; reason?: string | null }>;
export type RecategorizeAppeal = Command<'RecategorizeAppeal', { appealId: string; categoryId: string }>;
export type RejectAppeal = Command<'RejectAppeal', { appealId: string; reason: RejectReason; note?: string | null }>;
export type MarkOverdue = Command<'MarkOverdue', { appealId: string; deadline: Deadline }>;
export type CloseAppeal = Command<'CloseAppeal', { appealId: string }>;

export type AppealCommand =
  | SubmitAppeal
  | AcknowledgeAppeal
  | RequestClarification
  | ProvideClarification
  | ForwardAppeal
  | ExtendDeadline
  | AnswerAppeal
  | ReopenAppeal
  | WithdrawAppeal
  | SubmitFeedback
  | AssignAppeal
  | RecategorizeAppeal
  | RejectAppeal
  | MarkOverdue
  | CloseAppeal;

export type AppealCommandType = AppealCommand['type'];
