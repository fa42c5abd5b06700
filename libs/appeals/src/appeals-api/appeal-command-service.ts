import { createHash, randomUUID } from 'node:crypto';
import type { EventStore } from '@app/event-store';
import type { Viewer } from '@app/identity/access/viewer';
import type { ConsentLog, PhotoVault, PiiVault } from '@app/identity';
import { type CommandOutcome, executeCommand } from '@app/platform/event-sourcing/command-executor';
import { DomainError } from '@app/platform/errors/domain-error';
import type { DataSource } from 'typeorm';
import {
  type AppealCommand,
  appealDecider,
  type AppealEvent,
  type AppealState,
  attachmentList,
  type CommandMetadata,
  recordedAttachments,
} from '../domain';
import { registryStreams, type RoutingRule } from '../registry/registry-events';
import { route, routingDecider } from '../registry/routing';
import { requireVisible, requireVisibleIfExists } from './appeal-access';

/** The personal data policy a voter consents to when submitting (152-ФЗ); bump it when the text changes. */
export const PERSONAL_DATA_POLICY_VERSION = '2026-11-01';
/** Where the voter portal shows that policy's text (apps/voter, route /privacy). */
export const PERSONAL_DATA_POLICY_URL = '/privacy';

/** What a voter sends with a new appeal. */
export type SubmitAppealRequest = Readonly<{
  commandId?: string;
  regionCode: string;
  territoryId: string;
  categoryId: string;
  subject: string;
  text: string;
  addressedDeputyId?: string | null;
  /** Photos uploaded beforehand (`POST /attachments`) by this voter. */
  attachmentIds?: readonly string[] | null;
  /** The voter agrees to the processing of their personal data under the current policy. */
  consent: boolean;
  name?: string | null;
  contact?: string | null;
  postalAddress?: string | null;
}>;

export type AppealOutcome = CommandOutcome<AppealEvent, AppealState> & Readonly<{ appealId: string }>;

/** Everything but submission: the command's own data, the appeal it is about, and a repeat-safe id. */
export type AppealAction = Readonly<{
  command: Exclude<AppealCommand, { type: 'SubmitAppeal' }>['type'];
  appealId: string;
  data: Record<string, unknown>;
  commandId?: string;
}>;

/**
 * The appeals' write side: checks what only the registry knows (territory, category, deputy), routes a
 * new appeal by the rules of its region, keeps personal data in the vault, and runs the decider through
 * the command executor. An appeal the caller may not see answers NOT_FOUND before any rule is checked.
 */
export class AppealCommandService {
  constructor(
    private readonly store: EventStore,
    private readonly dataSource: DataSource,
    private readonly vault: PiiVault,
    private readonly photos: PhotoVault,
    private readonly consents: ConsentLog,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async submit(viewer: Viewer, request: SubmitAppealRequest): Promise<AppealOutcome> {
    if (viewer.role !== 'VOTER') throw new DomainError('FORBIDDEN', 'Only voters submit appeals');
    if (request.consent !== true) {
      throw new DomainError('BAD_USER_INPUT', 'Consent to the processing of personal data is required to send an appeal', {
        field: 'consent',
      });
    }
    const territory = await this.one<{ region_code: string }>('select region_code from registry_territories where id = $1', [
      request.territoryId,
    ]);
    if (!(await this.one('select 1 from registry_regions where code = $1', [request.regionCode]))) {
      throw new DomainError('BAD_USER_INPUT', `Unknown region "${request.regionCode}"`, { field: 'regionCode' });
    }
    if (!territory || territory.region_code !== request.regionCode) {
      throw new DomainError('BAD_USER_INPUT', `"${request.territoryId}" is not a territory of region ${request.regionCode}`, {
        field: 'territoryId',
      });
    }
    const category = await this.one<{ parent_id: string | null; first_response_target_hours: number | null }>(
      'select parent_id, first_response_target_hours from registry_categories where id = $1',
      [request.categoryId],
    );
    if (!category) throw new DomainError('BAD_USER_INPUT', `Unknown category "${request.categoryId}"`, { field: 'categoryId' });

    const personal = personalData(request);
    let routed = route(await this.routingRules(request.regionCode), request.territoryId, request.categoryId, category.parent_id);
    if (request.addressedDeputyId) {
      const serves = await this.one('select 1 from registry_deputies where deputy_id = $1 and $2 = any(territory_ids)', [
        request.addressedDeputyId,
        request.territoryId,
      ]);
      if (!serves) {
        throw new DomainError('BAD_USER_INPUT', `Deputy ${request.addressedDeputyId} does not serve territory ${request.territoryId}`, {
          field: 'addressedDeputyId',
        });
      }
      // The voter's choice of a deputy of their territory wins over the rules.
      routed = { deputyId: request.addressedDeputyId, ruleId: 'voter-choice', categorySpecific: false };
    }

    const metadata = this.metadata(viewer, request.commandId);
    const appealId = appealIdFor(viewer.id, metadata.commandId);
    const attachmentIds = attachmentList(request.attachmentIds);
    // Claimed before the appeal is recorded, so no other submission can take the same photos meanwhile.
    const refused = await this.photos.claimAttachments(viewer.id, attachmentIds, appealId);
    if (refused.length > 0) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `${refused.length === 1 ? 'A photo is' : `${refused.length} photos are`} no longer available: sent with another appeal, or deleted (photos not sent within a day are). Remove ${refused.length === 1 ? 'it' : 'them'} and upload again`,
        { field: 'attachmentIds', attachmentIds: refused },
      );
    }
    let outcome: AppealOutcome;
    try {
      outcome = await this.execute(
        viewer,
        {
          type: 'SubmitAppeal',
          metadata,
          data: {
            appealId,
            subjectId: viewer.id,
            regionCode: request.regionCode,
            territoryId: request.territoryId,
            categoryId: request.categoryId,
            subject: request.subject,
            text: request.text,
            addressedDeputyId: request.addressedDeputyId ?? null,
            attachmentIds,
            deputyId: routed?.deputyId ?? null,
            routingRuleId: routed?.ruleId ?? null,
            policyVersion: PERSONAL_DATA_POLICY_VERSION,
            firstResponseTargetHours: category.first_response_target_hours,
          },
        },
        'submit',
      );
    } catch (error) {
      // Refused, and nothing recorded under this command id (a parallel repeat may have been): the photos are
      // unsent again. Any other failure leaves them claimed; the sweeper settles them from the event log.
      if (error instanceof DomainError && attachmentIds.length > 0) {
        const nothingRecorded = await this.store.readStream(`appeal-${appealId}`).then(
          (events) => events.length === 0,
          () => false,
        );
        if (nothingRecorded) await this.photos.settleAttachments(viewer.id, appealId, []);
      }
      throw error;
    }
    // The photos the appeal shows are the ones its event records; a repeat answers with the first submission's.
    await this.photos.settleAttachments(viewer.id, appealId, recordedAttachments(outcome.events));
    // Only once the appeal is accepted: a refused submission leaves no contact details and no consent behind.
    if (personal) await this.vault.save(viewer.id, personal);
    await this.consents.recordConsent(viewer.id, PERSONAL_DATA_POLICY_VERSION, new Date(metadata.at));
    return outcome;
  }

  /** Runs one of the other commands on an existing appeal the viewer may see. */
  async act(viewer: Viewer, action: AppealAction): Promise<AppealOutcome> {
    const { deputyRegion } = await this.checkReferences(action);
    const command = {
      type: action.command,
      metadata: this.metadata(viewer, action.commandId),
      data: { ...action.data, appealId: action.appealId },
    } as AppealCommand;
    return this.execute(viewer, command, 'act', (appeal) => {
      // An appeal stays with the deputies of its region: a moderator cannot hand it (and its author) elsewhere.
      if (deputyRegion !== null && appeal.status !== 'NOT_SUBMITTED' && deputyRegion !== appeal.regionCode) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `That deputy works in region ${deputyRegion}, not in the appeal's region ${appeal.regionCode}`,
          { field: 'deputyId' },
        );
      }
    });
  }

  private async execute(
    viewer: Viewer,
    command: AppealCommand,
    kind: 'submit' | 'act',
    check?: (appeal: AppealState) => void,
  ): Promise<AppealOutcome> {
    const appealId = command.data.appealId;
    // A repeated submission finds its own appeal (visible to its author); anything else needs the appeal in reach.
    const visible = kind === 'act' ? requireVisible(viewer, appealId) : requireVisibleIfExists(viewer, appealId);
    const authorize = (appeal: AppealState): void => {
      visible(appeal);
      check?.(appeal);
    };
    const outcome = await executeCommand(
      this.store,
      `appeal-${appealId}`,
      appealDecider,
      command,
      { commandId: command.metadata.commandId, actorId: viewer.id, occurredAt: command.metadata.at },
      { authorize },
    );
    return { ...outcome, appealId };
  }

  /** Deputies and categories named by a command must exist in the registry. */
  private async checkReferences(action: AppealAction): Promise<{ deputyRegion: string | null }> {
    if (
      action.command === 'RecategorizeAppeal' &&
      !(await this.one('select 1 from registry_categories where id = $1', [action.data.categoryId]))
    ) {
      throw new DomainError('BAD_USER_INPUT', `Unknown category "${String(action.data.categoryId)}"`, { field: 'categoryId' });
    }
    const to = action.data.to as { kind?: string; deputyId?: string } | undefined;
    const deputyId = action.command === 'AssignAppeal' ? action.data.deputyId : to?.kind === 'DEPUTY' ? to.deputyId : undefined;
    if (deputyId === undefined) return { deputyRegion: null };
    const deputy = await this.one<{ region_code: string }>('select region_code from registry_deputies where deputy_id = $1', [deputyId]);
    if (!deputy) {
      throw new DomainError('BAD_USER_INPUT', `Unknown deputy "${String(deputyId)}"`, {
        field: action.command === 'AssignAppeal' ? 'deputyId' : 'toDeputyId',
      });
    }
    return { deputyRegion: deputy.region_code };
  }

  private metadata(viewer: Viewer, commandId: string | undefined): CommandMetadata {
    return {
      commandId: commandId ?? randomUUID(),
      actorId: viewer.id,
      role: viewer.role,
      deputyId: viewer.deputyId,
      at: this.clock().toISOString(),
    };
  }

  private async routingRules(regionCode: string): Promise<RoutingRule[]> {
    const events = await this.store.readStream(registryStreams.routing(regionCode));
    const state = events.reduce(
      (current, event) => routingDecider.evolve(current, { type: 'RoutingRuleChanged', data: event.data as RoutingRule }),
      routingDecider.initialState,
    );
    return [...state.rules.values()];
  }

  private async one<T = unknown>(sql: string, parameters: unknown[]): Promise<T | undefined> {
    const rows: T[] = await this.dataSource.query(sql, parameters);
    return rows[0];
  }
}

/**
 * The id of the appeal a submission creates, derived from its author and command id: a repeated
 * submission (a retry after a lost response) lands on the same stream and returns the first outcome.
 */
export function appealIdFor(subjectId: string, commandId: string): string {
  // The author is part of it, so nobody else's command id can lead to their appeal.
  const hex = createHash('sha256').update(`appeal:${subjectId}:${commandId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The voter's name and contact details, checked before anything is stored; null when none were given. */
function personalData(request: SubmitAppealRequest): { name: string; contact: string | null; postalAddress: string | null } | null {
  const clean = (value: string | null | undefined, field: string, max: number): string | null => {
    const text = value?.trim() ?? '';
    if (text.length > max) throw new DomainError('BAD_USER_INPUT', `${field} must be at most ${max} characters`, { field });
    return text || null;
  };
  const name = clean(request.name, 'name', 200);
  const contact = clean(request.contact, 'contact', 200);
  const postalAddress = clean(request.postalAddress, 'postalAddress', 500);
  if (!name && !contact && !postalAddress) return null;
  if (!name)
    throw new DomainError('BAD_USER_INPUT', 'Give your name with your contact details, so the deputy knows whom to answer', {
      field: 'name',
    });
  return { name, contact, postalAddress };
}
