import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import type { AppealAction, AppealOutcome } from './appeal-command-service';
import { AppealActionCommand, SubmitAppealCommand } from './appeal-commands.cqrs';
import {
  AppealCommandResult,
  AppealReasonInput,
  AppealRefInput,
  AppealTextInput,
  AssignAppealInput,
  ExtendDeadlineInput,
  ForwardAppealInput,
  RecategorizeAppealInput,
  RejectAppealInput,
  SubmitAppealInput,
  SubmitFeedbackInput,
} from './appeal-mutations.types';

const HANDLERS = ['DEPUTY', 'ASSISTANT'] as const;

/** The appeal mutations: each becomes a command on the CommandBus; the decider holds the rules. */
@Resolver()
export class AppealMutationsResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Send an appeal; it is routed to a deputy of the territory' })
  async submitAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitAppealInput): Promise<AppealCommandResult> {
    return result(await this.bus.execute<SubmitAppealCommand, AppealOutcome>(new SubmitAppealCommand(viewer, input)));
  }

  @Roles(...HANDLERS)
  @Mutation(() => AppealCommandResult)
  acknowledgeAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealRefInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'AcknowledgeAppeal', input, {});
  }

  @Roles(...HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Ask the voter a question; the answer clock pauses until they reply' })
  requestClarification(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'RequestClarification', input, { question: input.text });
  }

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult)
  provideClarification(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'ProvideClarification', input, { text: input.text });
  }

  @Roles(...HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Hand the appeal to another deputy, or to an outside authority' })
  forwardAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: ForwardAppealInput): Promise<AppealCommandResult> {
    if (!input.toDeputyId === !input.toAuthority) {
      throw new DomainError('BAD_USER_INPUT', 'Forward to a deputy (toDeputyId) or to an authority (toAuthority), not both or neither', {
        field: 'toDeputyId',
      });
    }
    const to = input.toDeputyId ? { kind: 'DEPUTY', deputyId: input.toDeputyId } : { kind: 'AUTHORITY', authority: input.toAuthority };
    return this.act(viewer, 'ForwardAppeal', input, { to, reason: input.reason });
  }

  @Roles(...HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Once per appeal, up to 30 days; the reason is shown to the voter' })
  extendDeadline(@CurrentViewer() viewer: Viewer, @Args('input') input: ExtendDeadlineInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'ExtendDeadline', input, { days: input.days, reason: input.reason });
  }

  @Roles(...HANDLERS)
  @Mutation(() => AppealCommandResult)
  answerAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealTextInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'AnswerAppeal', input, { text: input.text });
  }

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Dispute the answer within 30 days of it' })
  reopenAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealReasonInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'ReopenAppeal', input, { reason: input.reason });
  }

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult)
  withdrawAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AppealRefInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'WithdrawAppeal', input, {});
  }

  @Roles('VOTER')
  @Mutation(() => AppealCommandResult, { description: 'Rate the answer: once per answer, by the author; closes the appeal' })
  submitFeedback(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitFeedbackInput): Promise<AppealCommandResult> {
    const { promptness, quality, attentiveness, solved, comment } = input;
    return this.act(viewer, 'SubmitFeedback', input, { promptness, quality, attentiveness, solved, comment: comment ?? null });
  }

  @Roles('MODERATOR')
  @Mutation(() => AppealCommandResult)
  assignAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: AssignAppealInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'AssignAppeal', input, { deputyId: input.deputyId, reason: input.reason ?? null });
  }

  @Roles('MODERATOR')
  @Mutation(() => AppealCommandResult)
  recategorizeAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: RecategorizeAppealInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'RecategorizeAppeal', input, { categoryId: input.categoryId });
  }

  @Roles('MODERATOR', ...HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Spam, abuse, not an appeal, or a duplicate; the text is kept' })
  rejectAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: RejectAppealInput): Promise<AppealCommandResult> {
    return this.act(viewer, 'RejectAppeal', input, { reason: input.reason, note: input.note ?? null });
  }

  private async act(
    viewer: Viewer,
    command: AppealAction['command'],
    input: AppealRefInput,
    data: Record<string, unknown>,
  ): Promise<AppealCommandResult> {
    const action: AppealAction = { command, appealId: input.appealId, commandId: input.commandId, data };
    return result(await this.bus.execute<AppealActionCommand, AppealOutcome>(new AppealActionCommand(viewer, action)));
  }
}

function result(outcome: AppealOutcome): AppealCommandResult {
  const state = outcome.state;
  if (state.status === 'NOT_SUBMITTED') throw new DomainError('NOT_FOUND', `No appeal ${outcome.appealId}`);
  return {
    appealId: outcome.appealId,
    status: state.status,
    deputyId: state.deputyId,
    answerDueAt: state.answerDueAt,
    events: outcome.events.map((event) => event.type),
    duplicate: outcome.duplicate,
  };
}
