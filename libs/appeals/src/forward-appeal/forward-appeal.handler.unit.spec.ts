import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, hour, OTHER_DEPUTY } from '../domain/testing/appeal-fixtures';
import { ForwardAppealCommand } from './forward-appeal.command';
import { ForwardAppealHandler } from './forward-appeal.handler';

describe('forward an appeal', () => {
  const setUp = async () => {
    const bed = appealCommandTestbed(hour(5));
    await bed.given(cmd.submit(), cmd.acknowledge(hour(1)));
    const forward = (to: ForwardAppealCommand['data']['to']) =>
      new ForwardAppealHandler(bed.runner, bed.registry).execute(
        new ForwardAppealCommand(viewers.deputy, { appealId: APPEAL_ID, to, reason: 'Округ коллеги' }),
      );
    return { bed, forward };
  };

  it('to another deputy of the region: FORWARDED, then ASSIGNED to them', async () => {
    const { forward } = await setUp();
    const outcome = await forward({ kind: 'DEPUTY', deputyId: OTHER_DEPUTY });
    expect(outcome.events.map((event) => event.type)).toEqual(['AppealForwarded', 'AppealAssigned']);
    expect(outcome.state).toMatchObject({ status: 'ASSIGNED', deputyId: OTHER_DEPUTY });
  });

  it('to an outside authority, without asking the registry', async () => {
    const { bed, forward } = await setUp();
    bed.registry.deputies.clear();
    const outcome = await forward({ kind: 'AUTHORITY', authority: 'Жилищная инспекция' });
    expect(outcome.state.status).toBe('FORWARDED');
  });

  it('refuses a deputy the registry does not know, naming the input', async () => {
    const { bed, forward } = await setUp();
    await expect(forward({ kind: 'DEPUTY', deputyId: 'deputy-404' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Unknown deputy "deputy-404"',
      details: { field: 'toDeputyId' },
    });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealAcknowledged']);
  });

  it('keeps the appeal in its region', async () => {
    const { bed, forward } = await setUp();
    await expect(forward({ kind: 'DEPUTY', deputyId: 'deputy-66' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: "That deputy works in region 66, not in the appeal's region 77",
      details: { field: 'deputyId' },
    });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted', 'AppealAssigned', 'AppealAcknowledged']);
  });
});
