import { Command } from '@nestjs/cqrs';
import type { Viewer } from '@app/identity/access/viewer';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import type { SubmitAppeal } from '../domain';

/**
 * What a voter sends with a new appeal: the domain command's own fields the voter chooses; the handler
 * adds the rest (the appeal id, the routed deputy, the category's target, the policy version).
 */
export type SubmitAppealRequest = Readonly<
  Pick<SubmitAppeal['data'], 'regionCode' | 'territoryId' | 'categoryId' | 'subject' | 'text' | 'addressedDeputyId'> & {
    /** Repeat-safe id: resending it returns the first outcome. */
    commandId?: string;
    /** Photos uploaded beforehand (`POST /attachments`) by this voter. */
    attachmentIds?: readonly string[] | null;
    /** The voter agrees to the processing of their personal data under the current policy. */
    consent: boolean;
    name?: string | null;
    contact?: string | null;
    postalAddress?: string | null;
  }
>;

/** A voter submits an appeal; it is routed to a deputy of the territory. */
export class SubmitAppealCommand extends Command<AppealOutcome> {
  constructor(
    readonly viewer: Viewer,
    readonly request: SubmitAppealRequest,
  ) {
    super();
  }
}
