import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConsentLog, PhotoVault, PiiVault } from '@app/identity';
import { DomainError } from '@app/platform/errors/domain-error';
import { AppealCommandRunner, type AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { type Registry, RegistryLookups } from '../appeal-commands/registry-lookups';
import { attachmentList, recordedAttachments } from '../domain';
import { route } from '../registry/routing';
import { appealIdFor } from './appeal-id';
import { PERSONAL_DATA_POLICY_VERSION } from './personal-data-policy';
import { SubmitAppealCommand, type SubmitAppealRequest } from './submit-appeal.command';

/** What a submission asks of the vault: photos claimed and settled, contact details, consent. */
type SubmissionPhotos = Pick<PhotoVault, 'claimAttachments' | 'settleAttachments'>;
type SubmissionRecords = Pick<PiiVault, 'save'>;
type SubmissionConsents = Pick<ConsentLog, 'recordConsent'>;
export type SubmissionVault = SubmissionPhotos & SubmissionRecords & SubmissionConsents;

/**
 * Checks what only the registry knows (region, territory, category, the addressed deputy), routes the
 * appeal by the rules of its region, claims the voter's photos, and keeps contact details and consent in
 * the vault once the appeal is recorded.
 */
@CommandHandler(SubmitAppealCommand)
export class SubmitAppealHandler implements ICommandHandler<SubmitAppealCommand> {
  constructor(
    private readonly appeals: AppealCommandRunner,
    @Inject(RegistryLookups) private readonly registry: Registry,
    @Inject(PhotoVault) private readonly photos: SubmissionPhotos,
    @Inject(PiiVault) private readonly records: SubmissionRecords,
    @Inject(ConsentLog) private readonly consents: SubmissionConsents,
  ) {}

  async execute({ viewer, request }: SubmitAppealCommand): Promise<AppealOutcome> {
    if (viewer.role !== 'VOTER') throw new DomainError('FORBIDDEN', 'Only voters submit appeals');
    if (request.consent !== true) {
      throw new DomainError('BAD_USER_INPUT', 'Consent to the processing of personal data is required to send an appeal', {
        field: 'consent',
      });
    }
    const territoryRegion = await this.registry.territoryRegion(request.territoryId);
    if (!(await this.registry.regionExists(request.regionCode))) {
      throw new DomainError('BAD_USER_INPUT', `Unknown region "${request.regionCode}"`, { field: 'regionCode' });
    }
    if (territoryRegion !== request.regionCode) {
      throw new DomainError('BAD_USER_INPUT', `"${request.territoryId}" is not a territory of region ${request.regionCode}`, {
        field: 'territoryId',
      });
    }
    const category = await this.registry.category(request.categoryId);
    if (!category) throw new DomainError('BAD_USER_INPUT', `Unknown category "${request.categoryId}"`, { field: 'categoryId' });

    const personal = personalData(request);
    let routed = route(await this.registry.routingRules(request.regionCode), request.territoryId, request.categoryId, category.parentId);
    if (request.addressedDeputyId) {
      if (!(await this.registry.deputyServes(request.addressedDeputyId, request.territoryId))) {
        throw new DomainError('BAD_USER_INPUT', `Deputy ${request.addressedDeputyId} does not serve territory ${request.territoryId}`, {
          field: 'addressedDeputyId',
        });
      }
      // The voter's choice of a deputy of their territory wins over the rules.
      routed = { deputyId: request.addressedDeputyId, ruleId: 'voter-choice', categorySpecific: false };
    }

    const metadata = this.appeals.metadata(viewer, request.commandId);
    const appealId = appealIdFor(viewer.id, metadata.commandId);
    const attachmentIds = attachmentList(request.attachmentIds);
    // Claimed before the appeal is recorded, so no other submission can take the same photos meanwhile.
    const refused = await this.photos.claimAttachments(viewer.id, attachmentIds, appealId);
    if (refused.length > 0) {
      const [photos, them] = refused.length === 1 ? ['A photo is', 'it'] : [`${refused.length} photos are`, 'them'];
      throw new DomainError(
        'BAD_USER_INPUT',
        `${photos} no longer available: sent with another appeal, or deleted (photos not sent within a day are). ` +
          `Remove ${them} and upload again`,
        { field: 'attachmentIds', attachmentIds: refused },
      );
    }
    let outcome: AppealOutcome;
    try {
      outcome = await this.appeals.submission(viewer, {
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
          firstResponseTargetHours: category.firstResponseTargetHours,
        },
      });
    } catch (error) {
      // Refused, and nothing recorded under this command id (a parallel repeat may have been): the photos are
      // unsent again. Any other failure leaves them claimed; the sweeper settles them from the event log.
      if (error instanceof DomainError && attachmentIds.length > 0 && (await this.appeals.nothingRecorded(appealId))) {
        await this.photos.settleAttachments(viewer.id, appealId, []);
      }
      throw error;
    }
    // The photos the appeal shows are the ones its event records; a repeat answers with the first submission's.
    await this.photos.settleAttachments(viewer.id, appealId, recordedAttachments(outcome.events));
    // Only once the appeal is accepted: a refused submission leaves no contact details and no consent behind.
    if (personal) await this.records.save(viewer.id, personal);
    await this.consents.recordConsent(viewer.id, PERSONAL_DATA_POLICY_VERSION, new Date(metadata.at));
    return outcome;
  }
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
