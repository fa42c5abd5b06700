import { randomUUID } from 'node:crypto';
import type { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { CloseAppealCommand } from '../close-appeal/close-appeal.command';
import { AUTO_CLOSE_DAYS, type CommandMetadata, type Deadline, OPEN_STATUSES } from '../domain';
import { MarkOverdueCommand } from '../mark-overdue/mark-overdue.command';

/** An appeal whose deadline seems missed (or whose answer is 30 days old), according to the read model. */
type Candidate =
  { appeal_id: string; command: 'MarkOverdue'; deadline: Deadline } | { appeal_id: string; command: 'CloseAppeal'; deadline: null };

export type SweepResult = Readonly<{ candidates: number; recorded: number; failed: readonly string[] }>;

/**
 * The deadline process manager: finds, in the read model, appeals whose answer or first-response deadline
 * has passed without an overdue mark, and answered appeals left without feedback for 30 days, and issues
 * ordinary commands (MarkOverdue, CloseAppeal) for them on the CommandBus. The read model only nominates;
 * the decider decides on the appeal's own stream, where a deadline already marked, met, paused or moved
 * makes the command a no-op. So a sweep can repeat, run after a restart, or run in two instances at once, and each
 * missed deadline is still recorded exactly once (version conflicts are retried by the executor).
 */
export class DeadlineSweeper {
  constructor(
    private readonly dataSource: DataSource,
    private readonly commands: CommandBus,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async sweep(limit = 500): Promise<SweepResult> {
    const now = this.clock();
    const candidates: Candidate[] = await this.dataSource.query(
      `(select a.appeal_id, 'MarkOverdue' as command, 'ANSWER' as deadline from appeals a
         where a.status = any($3) and a.answer_due_at < $1
           and not exists (select 1 from appeal_timeline t where t.appeal_id = a.appeal_id and t.type = 'AppealOverdue'
                            and t.data ->> 'deadline' = 'ANSWER' and (t.data ->> 'dueAt')::timestamptz = a.answer_due_at)
         order by a.answer_due_at limit $2)
       union all
       (select a.appeal_id, 'MarkOverdue', 'FIRST_RESPONSE' from appeals a
         where a.status in ('SUBMITTED', 'ASSIGNED') and a.first_responded_at is null and a.first_response_due_at < $1
           and not exists (select 1 from appeal_timeline t where t.appeal_id = a.appeal_id and t.type = 'AppealOverdue'
                            and t.data ->> 'deadline' = 'FIRST_RESPONSE')
         order by a.first_response_due_at limit $2)
       union all
       (select a.appeal_id, 'CloseAppeal', null from appeals a
         where a.status = 'ANSWERED' and a.answered_at < $1::timestamptz - make_interval(days => ${AUTO_CLOSE_DAYS})
         order by a.answered_at limit $2)`,
      [now.toISOString(), limit, OPEN_STATUSES],
    );
    let recorded = 0;
    const failed: string[] = [];
    for (const candidate of candidates) {
      const metadata: CommandMetadata = { commandId: randomUUID(), actorId: 'system:deadlines', role: 'SYSTEM', at: now.toISOString() };
      const appealId = candidate.appeal_id;
      try {
        const outcome = await this.commands.execute(
          candidate.command === 'CloseAppeal'
            ? new CloseAppealCommand({ appealId }, metadata)
            : new MarkOverdueCommand({ appealId, deadline: candidate.deadline }, metadata),
        );
        recorded += outcome.events.length;
      } catch (error) {
        // One appeal that cannot be handled now (contended, or broken) must not hold up the others.
        failed.push(`${appealId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { candidates: candidates.length, recorded, failed };
  }
}
