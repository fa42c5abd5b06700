/** An appeal's history run through the decider, with the deadline process manager taking its turns. */
import type { NewEvent } from '@app/event-store';
import type { AppealCommand, CommandMetadata } from '../domain/appeal-commands';
import { decide } from '../domain/appeal-decider';
import { type AppealState, evolve, initialState, pendingDeadlines } from '../domain/appeal-state';
import { DAY } from './world';

/** How long after a due date the simulated deadline sweeper notices it. */
const SWEEP_DELAY = 7 * 60_000;

/** Who runs a command, without the command id and time the history adds. */
export type Actor = Omit<CommandMetadata, 'commandId' | 'at'>;
const SYSTEM: Actor = { actorId: 'system:deadlines', role: 'SYSTEM' };

type CommandOf<TType extends AppealCommand['type']> = Extract<AppealCommand, { type: TType }>;
type DataOf<TType extends AppealCommand['type']> = Omit<CommandOf<TType>['data'], 'appealId'>;

/**
 * One appeal's history, built by running commands through the decider. Before each command the deadline
 * process manager gets its turn (overdue marks, closing after 30 days without feedback), as it would have
 * in production, so every history is one the platform could have recorded.
 */
export class AppealHistory {
  state: AppealState = initialState;
  readonly events: NewEvent[] = [];
  lastMs = 0;

  constructor(
    readonly appealId: string,
    private readonly nowMs: number,
  ) {}

  /** Runs the command at `atMs` (never before the previous one); false, and nothing done, when that is after now. */
  run<TType extends AppealCommand['type']>(type: TType, data: DataOf<TType>, actor: Actor, atMs: number): boolean {
    const at = Math.max(Math.round(atMs), this.lastMs + 60_000);
    if (at > this.nowMs) return false;
    this.sweepUntil(at);
    this.apply(type, data, actor, at);
    return true;
  }

  answerDueMs(): number {
    if (this.state.status === 'NOT_SUBMITTED') throw new Error('The appeal is not submitted yet');
    return Date.parse(this.state.answerDueAt);
  }

  /** What the deadline sweeper records up to `untilMs`. */
  sweepUntil(untilMs: number): void {
    for (;;) {
      if (this.state.status === 'NOT_SUBMITTED') return;
      const missed = pendingDeadlines(this.state)
        .map((mark) => ({ deadline: mark.deadline, at: Math.max(this.lastMs, Date.parse(mark.dueAt) + SWEEP_DELAY) }))
        .filter((mark) => mark.at <= untilMs)
        .sort((a, b) => a.at - b.at)[0];
      if (missed) {
        this.apply('MarkOverdue', { deadline: missed.deadline }, SYSTEM, missed.at);
        continue;
      }
      if (this.state.status === 'ANSWERED') {
        const closeAt = Math.max(this.lastMs, Date.parse(this.state.lastAnsweredAt) + 30 * DAY + SWEEP_DELAY);
        if (closeAt <= untilMs) this.apply('CloseAppeal', {}, SYSTEM, closeAt);
      }
      return;
    }
  }

  private apply<TType extends AppealCommand['type']>(type: TType, data: DataOf<TType>, actor: Actor, atMs: number): void {
    const at = new Date(atMs).toISOString();
    const command = {
      type,
      data: { ...data, appealId: this.appealId },
      metadata: { ...actor, commandId: `${this.appealId}-${this.events.length}`, at },
    } as AppealCommand;
    const decided = decide(command, this.state); // a refusal here is a bug in the generator: let it throw
    for (const event of decided) {
      this.state = evolve(this.state, event);
      this.events.push({
        type: event.type,
        data: event.data,
        metadata: { actorId: actor.actorId, occurredAt: at, correlationId: this.appealId },
      });
    }
    this.lastMs = atMs;
  }
}
