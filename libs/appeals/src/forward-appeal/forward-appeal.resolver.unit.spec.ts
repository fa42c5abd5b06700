import type { CommandBus } from '@nestjs/cqrs';
import type { AppealOutcome } from '../appeal-commands/appeal-command-runner';
import { viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID } from '../domain/testing/appeal-fixtures';
import { ForwardAppealCommand } from './forward-appeal.command';
import { ForwardAppealResolver } from './forward-appeal.resolver';

describe('forwardAppeal mutation', () => {
  const sent: unknown[] = [];
  const outcome = { appealId: APPEAL_ID, events: [], version: 3, duplicate: false, state: { status: 'FORWARDED', deputyId: 'deputy-1' } };
  const bus = { execute: async (command: unknown) => (sent.push(command), outcome as unknown as AppealOutcome) } as unknown as CommandBus;
  const resolver = new ForwardAppealResolver(bus);
  beforeEach(() => sent.splice(0));

  it('turns either target into the domain’s ForwardTarget', async () => {
    await resolver.forwardAppeal(viewers.deputy, { appealId: APPEAL_ID, reason: 'r', toDeputyId: 'deputy-2' });
    await resolver.forwardAppeal(viewers.deputy, { appealId: APPEAL_ID, reason: 'r', toAuthority: 'Прокуратура', commandId: 'c-1' });
    expect(sent).toEqual([
      new ForwardAppealCommand(viewers.deputy, { appealId: APPEAL_ID, to: { kind: 'DEPUTY', deputyId: 'deputy-2' }, reason: 'r' }),
      new ForwardAppealCommand(
        viewers.deputy,
        { appealId: APPEAL_ID, to: { kind: 'AUTHORITY', authority: 'Прокуратура' }, reason: 'r' },
        'c-1',
      ),
    ]);
  });

  it('refuses both targets or neither, before anything is sent', async () => {
    for (const targets of [{ toDeputyId: 'deputy-2', toAuthority: 'Прокуратура' }, {}]) {
      await expect(resolver.forwardAppeal(viewers.deputy, { appealId: APPEAL_ID, reason: 'r', ...targets })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field: 'toDeputyId' },
      });
    }
    expect(sent).toEqual([]);
  });
});
