import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import { type Viewer, assertReachesRegion } from '@app/identity/access/viewer';
import { PhotoVault, PiiVault } from '@app/identity';
import { DomainError } from '@app/platform/errors/domain-error';
import { type AppealAction, type AppealStatus, allowedActions, isOpen } from '../domain';
import { AppealQueries, type AppealRow, type TimelineEntry } from '../read-model';
import { canSeeAppeal, canSeeAuthor } from './appeal-access';
import { AppealStatusEnum } from './appeal-status.enum';
import { photoView } from '../attachments/attachments.controller';
import { PHOTO_RULES } from '../attachments/photos';
import { SUBJECT_MAX, TEXT_MAX } from '../domain';
import { PERSONAL_DATA_POLICY_URL, PERSONAL_DATA_POLICY_VERSION } from '../submit-appeal/personal-data-policy';
import {
  Appeal,
  AppealAuthor,
  AppealActionKindEnum,
  AppealConnection,
  AppealSubmissionRules,
  InboxCounters,
  ReceivedFeedbackList,
  type TimelineStep,
} from './appeal-queries.types';

/** Appeals as voters, deputies and moderators read them: from the read model only. */
@Resolver(() => Appeal)
export class AppealQueriesResolver {
  constructor(
    private readonly appeals: AppealQueries,
    private readonly vault: PiiVault,
    private readonly photos: PhotoVault,
  ) {}

  @Roles('VOTER')
  @Query(() => AppealConnection, { description: 'Your appeals, by answer due date' })
  async myAppeals(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => AppealStatusEnum, nullable: true }) status?: AppealStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AppealConnection> {
    const page = await this.appeals.forAuthor(viewer.id, { status, first, after });
    return { ...page, items: page.items.map(toAppeal) };
  }

  @Roles('DEPUTY', 'ASSISTANT')
  @Query(() => AppealConnection, { description: 'Appeals assigned to you (or the deputy you assist), by answer due date' })
  async deputyInbox(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => AppealStatusEnum, nullable: true }) status?: AppealStatus,
    @Args('overdueOnly', { nullable: true }) overdueOnly?: boolean,
    @Args('categoryId', { type: () => ID, nullable: true }) categoryId?: string,
    @Args('territoryId', { type: () => ID, nullable: true }) territoryId?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AppealConnection> {
    const page = await this.appeals.forDeputy(viewer.deputyId!, { status, overdueOnly, categoryId, territoryId, first, after });
    return { ...page, items: page.items.map(toAppeal) };
  }

  @Roles('DEPUTY', 'ASSISTANT')
  @Query(() => InboxCounters, { description: 'Your appeals (or those of the deputy you assist) counted per status, for the inbox filters' })
  async inboxCounters(@CurrentViewer() viewer: Viewer): Promise<InboxCounters> {
    const { byStatus, overdue } = await this.appeals.inboxCounters(viewer.deputyId!);
    return {
      submitted: byStatus.SUBMITTED,
      assigned: byStatus.ASSIGNED,
      inProgress: byStatus.IN_PROGRESS,
      awaitingClarification: byStatus.AWAITING_CLARIFICATION,
      reopened: byStatus.REOPENED,
      answered: byStatus.ANSWERED,
      closed: byStatus.CLOSED,
      forwarded: byStatus.FORWARDED,
      rejected: byStatus.REJECTED,
      withdrawn: byStatus.WITHDRAWN,
      overdue,
    };
  }

  @Roles('DEPUTY', 'ASSISTANT')
  @Query(() => ReceivedFeedbackList, {
    description: 'Feedback voters gave on your answers (or those of the deputy you assist), newest first',
  })
  receivedFeedback(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, description: '1–100, default 20' }) first?: number,
  ): Promise<ReceivedFeedbackList> {
    return this.appeals.feedbackFor(viewer.deputyId!, first);
  }

  @Roles('MODERATOR')
  @Query(() => AppealConnection, {
    description: 'Appeals of your regions (ЦУР queue), open ones by answer due date unless status narrows them',
  })
  async moderationQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode', { nullable: true, description: 'One of your regions; default all of them' }) regionCode?: string,
    @Args('status', { type: () => AppealStatusEnum, nullable: true }) status?: AppealStatus,
    @Args('unassignedOnly', { nullable: true, description: 'Only appeals no routing rule placed' }) unassignedOnly?: boolean,
    @Args('overdueOnly', { nullable: true }) overdueOnly?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<AppealConnection> {
    if (regionCode) assertReachesRegion(viewer, regionCode);
    const regionCodes = regionCode ? [regionCode] : viewer.regions.includes('*') ? '*' : viewer.regions;
    const page = await this.appeals.forModerator({ regionCodes, status, unassignedOnly, overdueOnly, first, after });
    return { ...page, items: page.items.map(toAppeal) };
  }

  @Query(() => Appeal, { description: 'One appeal with its full timeline; NOT_FOUND if it does not exist or is out of your reach' })
  async appeal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<Appeal> {
    const details = await this.appeals.byId(id);
    if (!details || !canSeeAppeal(viewer, details)) throw new DomainError('NOT_FOUND', `No appeal ${id}`);
    const attachments = (await this.photos.attachmentsOfAppeal(details.appealId)).map(photoView);
    return {
      ...toAppeal(details),
      timeline: details.timeline.map(toStep),
      feedback: details.feedback,
      attachments,
      state: details.state,
    };
  }

  @Public()
  @Query(() => AppealSubmissionRules, { description: 'The consent, photo and length rules of a new appeal' })
  appealSubmissionRules(): AppealSubmissionRules {
    return {
      personalDataPolicy: { version: PERSONAL_DATA_POLICY_VERSION, url: PERSONAL_DATA_POLICY_URL },
      maxPhotos: PHOTO_RULES.maxPhotos,
      maxPhotoBytes: PHOTO_RULES.maxBytes,
      photoTypes: [...PHOTO_RULES.acceptedTypes],
      maxSubjectLength: SUBJECT_MAX,
      maxTextLength: TEXT_MAX,
    };
  }

  @ResolveField(() => [AppealActionKindEnum], {
    description: 'What you may do with this appeal now, by the same rules that judge the action when you take it',
  })
  async allowedActions(@CurrentViewer() viewer: Viewer, @Parent() appeal: Appeal): Promise<AppealAction[]> {
    // A list item carries no history: its timeline is read only when a screen asks for its actions.
    const state = appeal.state ?? (await this.appeals.byId(appeal.id))?.state;
    if (!state) return [];
    const actor = { actorId: viewer.id, role: viewer.role, deputyId: viewer.deputyId };
    return allowedActions(state, actor, new Date().toISOString());
  }

  @ResolveField(() => AppealAuthor, { nullable: true, description: 'Null for anyone but the author and the handling deputy' })
  async author(@CurrentViewer() viewer: Viewer, @Parent() appeal: Appeal): Promise<AppealAuthor | null> {
    const parties = { status: appeal.status, subjectId: appeal.subjectId, deputyId: appeal.deputyId, regionCode: appeal.regionCode };
    if (!canSeeAuthor(viewer, parties)) return null;
    const data = await this.vault.read(appeal.subjectId, {
      readerId: viewer.id,
      role: viewer.role,
      purpose: 'appeal',
      appealId: appeal.id,
    });
    if (data && 'erased' in data) return { erased: true, name: null, contact: null, postalAddress: null };
    return { erased: false, name: data?.name ?? null, contact: data?.contact ?? null, postalAddress: data?.postalAddress ?? null };
  }
}

function toAppeal(row: AppealRow): Appeal {
  return { ...row, id: row.appealId, open: isOpen(row.status) };
}

function toStep(entry: TimelineEntry): TimelineStep {
  const data = entry.data;
  const text = (key: string): string | null => (typeof data[key] === 'string' ? data[key] : null);
  return {
    type: entry.type,
    at: entry.at,
    text: entry.type === 'AppealSubmitted' ? null : (text('question') ?? text('text') ?? text('comment')),
    reason: text('reason'),
    deputyId: text('deputyId'),
    dueAt: entry.type === 'AppealOverdue' ? text('dueAt') : text('answerDueAt'),
  };
}
