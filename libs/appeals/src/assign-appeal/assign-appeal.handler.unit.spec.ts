import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { APPEAL_ID, cmd, OTHER_DEPUTY } from '../domain/testing/appeal-fixtures';
import { AssignAppealCommand } from './assign-appeal.command';
import { AssignAppealHandler } from './assign-appeal.handler';

describe('assign an appeal', () => {
  const setUp = async () => {
    const bed = appealCommandTestbed();
    await bed.given(cmd.submit({ deputyId: null, routingRuleId: null }));
    const handler = new AssignAppealHandler(bed.runner, bed.registry);
    return { bed, handler };
  };

  it('a moderator of the region assigns it to a deputy of the region: ASSIGNED to them', async () => {
    const { handler } = await setUp();
    const outcome = await handler.execute(
      new AssignAppealCommand(viewers.moderator, { appealId: APPEAL_ID, deputyId: OTHER_DEPUTY, reason: null }),
    );
    expect(outcome.events.map((event) => event.type)).toEqual(['AppealAssigned']);
    expect(outcome.state).toMatchObject({ status: 'ASSIGNED', deputyId: OTHER_DEPUTY });
  });

  it('not to a deputy of another region, nor to one the registry does not know', async () => {
    const { bed, handler } = await setUp();
    await expect(
      handler.execute(new AssignAppealCommand(viewers.moderator, { appealId: APPEAL_ID, deputyId: 'deputy-66' })),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: "That deputy works in region 66, not in the appeal's region 77",
      details: { field: 'deputyId' },
    });
    await expect(
      handler.execute(new AssignAppealCommand(viewers.moderator, { appealId: APPEAL_ID, deputyId: 'deputy-404' })),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Unknown deputy "deputy-404"',
      details: { field: 'deputyId' },
    });
    expect(await bed.eventTypes()).toEqual(['AppealSubmitted']);
  });

  it('a moderator of another region does not see the appeal', async () => {
    const { handler } = await setUp();
    await expect(
      handler.execute(new AssignAppealCommand(viewers.moderatorElsewhere, { appealId: APPEAL_ID, deputyId: OTHER_DEPUTY })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
