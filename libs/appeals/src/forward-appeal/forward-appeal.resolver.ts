import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import type { ForwardTarget } from '../domain';
import { APPEAL_HANDLERS, AppealCommandResult, commandResult } from '../appeal-commands/appeal-command.types';
import { ForwardAppealInput } from './forward-appeal.input';
import { ForwardAppealCommand } from './forward-appeal.command';

@Resolver()
export class ForwardAppealResolver {
  constructor(private readonly bus: CommandBus) {}

  @Roles(...APPEAL_HANDLERS)
  @Mutation(() => AppealCommandResult, { description: 'Hand the appeal to another deputy, or to an outside authority' })
  async forwardAppeal(@CurrentViewer() viewer: Viewer, @Args('input') input: ForwardAppealInput): Promise<AppealCommandResult> {
    return commandResult(
      await this.bus.execute(
        new ForwardAppealCommand(viewer, { appealId: input.appealId, to: forwardTarget(input), reason: input.reason }, input.commandId),
      ),
    );
  }
}

/** Exactly one of the two targets: another deputy, or an outside authority. */
function forwardTarget(input: ForwardAppealInput): ForwardTarget {
  if (input.toDeputyId && !input.toAuthority) return { kind: 'DEPUTY', deputyId: input.toDeputyId };
  if (input.toAuthority && !input.toDeputyId) return { kind: 'AUTHORITY', authority: input.toAuthority };
  throw new DomainError('BAD_USER_INPUT', 'Forward to a deputy (toDeputyId) or to an authority (toAuthority), not both or neither', {
    field: 'toDeputyId',
  });
}
