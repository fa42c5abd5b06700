import { randomUUID } from 'node:crypto';
import type { EventStore } from '@app/event-store';
import type { Viewer } from '@app/identity/access/viewer';
import { type CommandOutcome, executeCommand } from '@app/platform/event-sourcing/command-executor';
import { type AppealCommand, appealDecider, type AppealEvent, type AppealState, type CommandMetadata } from '../domain';
import { requireVisible, requireVisibleIfExists } from '../appeals-api/appeal-access';

/** What an appeal command did: the executor's outcome, and the appeal it was about. */
export type AppealOutcome = CommandOutcome<AppealEvent, AppealState> & Readonly<{ appealId: string }>;

/** A rule only the handler can check, on the appeal as loaded (after the viewer was found to see it). */
export type AppealCheck = (appeal: AppealState) => void;

/**
 * Runs appeal commands through the decider: loads the appeal's stream, lets only those who may see the
 * appeal act on it (one they may not see answers NOT_FOUND before any rule is checked), decides, appends.
 * Every appeal command handler goes through here; what differs between them stays in the handler.
 */
export class AppealCommandRunner {
  constructor(
    private readonly store: EventStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Who asks and when, for a command a signed-in viewer issues; a repeat-safe id is made up if none came. */
  metadata(viewer: Viewer, commandId: string | undefined): CommandMetadata {
    return { commandId: commandId ?? randomUUID(), actorId: viewer.id, role: viewer.role, deputyId: viewer.deputyId, at: this.now() };
  }

  /** The clock's time (ISO 8601). */
  private now(): string {
    return this.clock().toISOString();
  }

  /** A command on an existing appeal the viewer may see; `check` adds the handler's own rule. */
  onAppeal(viewer: Viewer, command: AppealCommand, check?: AppealCheck): Promise<AppealOutcome> {
    const visible = requireVisible(viewer, command.data.appealId);
    return this.run(command, (appeal) => {
      visible(appeal);
      check?.(appeal);
    });
  }

  /** A new appeal: its stream may be empty; a repeated submission finds its own appeal (visible to its author). */
  submission(viewer: Viewer, command: AppealCommand): Promise<AppealOutcome> {
    return this.run(command, requireVisibleIfExists(viewer, command.data.appealId));
  }

  /** A process manager's command (actor `system:<process>`): no viewer, so nothing to authorize. */
  asSystem(command: AppealCommand): Promise<AppealOutcome> {
    return this.run(command);
  }

  /** Whether the appeal's stream is known to be empty (false when it cannot be read: then nobody can say). */
  nothingRecorded(appealId: string): Promise<boolean> {
    return this.store.readStream(appealStream(appealId)).then(
      (events) => events.length === 0,
      () => false,
    );
  }

  private async run(command: AppealCommand, authorize?: AppealCheck): Promise<AppealOutcome> {
    const { appealId } = command.data;
    const { commandId, actorId, at } = command.metadata;
    const outcome = await executeCommand(
      this.store,
      appealStream(appealId),
      appealDecider,
      command,
      { commandId, actorId, occurredAt: at },
      { authorize },
    );
    return { ...outcome, appealId };
  }
}

function appealStream(appealId: string): string {
  return `appeal-${appealId}`;
}
