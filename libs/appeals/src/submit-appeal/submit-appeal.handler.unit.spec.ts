import { appealCommandTestbed, viewers } from '../appeal-commands/testing/appeal-command-testbed';
import { DEPUTY, hour, OTHER_DEPUTY, T0 } from '../domain/testing/appeal-fixtures';
import { appealIdFor } from './appeal-id';
import { PERSONAL_DATA_POLICY_VERSION } from './personal-data-policy';
import { SubmitAppealCommand, type SubmitAppealRequest } from './submit-appeal.command';
import { type SubmissionVault, SubmitAppealHandler } from './submit-appeal.handler';

/** The vault's side of a submission, remembered: which photos are claimed and what was stored. */
class VaultLog implements SubmissionVault {
  readonly calls: string[] = [];
  unavailable = new Set<string>();

  async claimAttachments(_subjectId: string, ids: readonly string[], appealId: string): Promise<string[]> {
    this.calls.push(`claim ${ids.join(',')} for ${appealId}`);
    return ids.filter((id) => this.unavailable.has(id));
  }
  async settleAttachments(_subjectId: string, appealId: string, recorded: readonly string[]): Promise<void> {
    this.calls.push(`settle ${appealId}: ${recorded.join(',') || 'none'}`);
  }
  async save(subjectId: string, data: { name: string; contact?: string | null }): Promise<void> {
    this.calls.push(`save ${subjectId}: ${data.name}, ${data.contact ?? ''}`);
  }
  async recordConsent(subjectId: string, policyVersion: string): Promise<void> {
    this.calls.push(`consent ${subjectId}: ${policyVersion}`);
  }
}

const PHOTO_1 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0101';
const PHOTO_2 = '0b6a3a52-8f0e-4d7c-9d1a-1f0c6c1e0102';

describe('submit an appeal', () => {
  const request: SubmitAppealRequest = {
    commandId: 'submit-1',
    regionCode: '77',
    territoryId: 'territory-7',
    categoryId: 'housing',
    subject: 'Подъезд не убирают',
    text: 'Уже месяц в подъезде дома 12 не убирают.',
    consent: true,
    name: ' Анна ',
    contact: 'anna@example.ru',
  };
  const appealId = appealIdFor(viewers.voter.id, 'submit-1');
  const setUp = () => {
    const bed = appealCommandTestbed(T0);
    const vault = new VaultLog();
    const submit = (changes: Partial<SubmitAppealRequest> = {}, viewer = viewers.voter) =>
      new SubmitAppealHandler(bed.runner, bed.registry, vault, vault, vault).execute(
        new SubmitAppealCommand(viewer, { ...request, ...changes }),
      );
    return { bed, vault, submit };
  };

  it('routes the appeal by the rules of its region, then keeps contact details and consent in the vault', async () => {
    const { bed, vault, submit } = setUp();
    const outcome = await submit();
    expect(outcome).toMatchObject({ appealId, duplicate: false, state: { status: 'ASSIGNED', deputyId: DEPUTY } });
    expect(outcome.events).toEqual([
      expect.objectContaining({
        type: 'AppealSubmitted',
        data: expect.objectContaining({
          subjectId: viewers.voter.id,
          policyVersion: PERSONAL_DATA_POLICY_VERSION,
          // The category's 24-hour first-response target, from the registry.
          firstResponseDueAt: hour(24),
        }),
      }),
      expect.objectContaining({ type: 'AppealAssigned', data: expect.objectContaining({ deputyId: DEPUTY, routingRuleId: 'rule-42' }) }),
    ]);
    expect(vault.calls).toEqual([
      `claim  for ${appealId}`,
      `settle ${appealId}: none`,
      `save ${viewers.voter.id}: Анна, anna@example.ru`,
      `consent ${viewers.voter.id}: ${PERSONAL_DATA_POLICY_VERSION}`,
    ]);
    expect(await bed.eventTypes(appealId)).toEqual(['AppealSubmitted', 'AppealAssigned']);
  });

  it('sends it to the deputy the voter chose, when that deputy serves the territory', async () => {
    const { submit } = setUp();
    const outcome = await submit({ addressedDeputyId: OTHER_DEPUTY });
    expect(outcome.state).toMatchObject({ deputyId: OTHER_DEPUTY });
    expect(outcome.events[1]).toMatchObject({ data: { routingRuleId: 'voter-choice' } });
    await expect(submit({ commandId: 'submit-2', addressedDeputyId: 'deputy-66' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'addressedDeputyId' },
    });
  });

  it('a repeat of the same command id lands on the same appeal and records nothing more', async () => {
    const { bed, submit } = setUp();
    await submit();
    expect(await submit()).toMatchObject({ appealId, duplicate: true });
    expect(await bed.eventTypes(appealId)).toEqual(['AppealSubmitted', 'AppealAssigned']);
  });

  it.each([
    [{ consent: false }, 'consent'],
    [{ regionCode: '99' }, 'regionCode'],
    [{ territoryId: 'territory-66' }, 'territoryId'],
    [{ categoryId: 'weather' }, 'categoryId'],
    [{ name: null }, 'name'],
  ] as const)('refuses %j (field %s) before anything is claimed or stored', async (changes, field) => {
    const { bed, vault, submit } = setUp();
    await expect(submit(changes)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(vault.calls).toEqual([]);
    expect(await bed.eventTypes(appealId)).toEqual([]);
  });

  it('only a voter submits', async () => {
    const { submit } = setUp();
    await expect(submit({}, viewers.deputy)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses photos that are no longer available, naming them', async () => {
    const { bed, vault, submit } = setUp();
    vault.unavailable.add(PHOTO_2);
    await expect(submit({ attachmentIds: [PHOTO_1, PHOTO_2] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'attachmentIds', attachmentIds: [PHOTO_2] },
    });
    expect(await bed.eventTypes(appealId)).toEqual([]);
  });

  it('a submission the decider refuses gives its photos back and stores no contact details', async () => {
    const { vault, submit } = setUp();
    await expect(submit({ subject: '', attachmentIds: [PHOTO_1] })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'subject' },
    });
    expect(vault.calls).toEqual([`claim ${PHOTO_1} for ${appealId}`, `settle ${appealId}: none`]);
  });

  it('photos recorded with the appeal are settled as sent', async () => {
    const { vault, submit } = setUp();
    await submit({ attachmentIds: [PHOTO_1] });
    expect(vault.calls.slice(0, 2)).toEqual([`claim ${PHOTO_1} for ${appealId}`, `settle ${appealId}: ${PHOTO_1}`]);
  });
});
