import { randomUUID } from 'node:crypto';
import { RegisterDeputyCommand } from '../register-deputy/register-deputy.command';
import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { VerifyDeputyCommand } from './verify-deputy.command';

describe('verifying a deputy', () => {
  let bed: RegistryTestBed;

  beforeAll(async () => {
    bed = await openRegistryTestBed('verify-deputy');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('marks the record verified as of the command, once', async () => {
    const deputyId = randomUUID();
    const definition = {
      deputyId,
      fullName: 'Волков Сергей',
      level: 'REGIONAL',
      regionCode: '66',
      district: null,
      territoryIds: ['66-serov'],
    } as const;
    await bed.commands.execute(new RegisterDeputyCommand(definition, bed.context()));
    expect(await bed.commands.execute(new VerifyDeputyCommand(deputyId, bed.context()))).toBe(deputyId);
    await bed.commands.execute(new VerifyDeputyCommand(deputyId, bed.context()));
    const events = await bed.harness.store.readStream(`deputy-${deputyId}`);
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['DeputyRegistered', definition],
      ['DeputyVerified', { deputyId, verifiedAt: '2026-11-23T10:00:00.000Z' }],
    ]);
    expect(await (await bed.caughtUp()).deputy(deputyId)).toMatchObject({ verified: true });
  });

  it('answers NOT_FOUND for a deputy nobody registered', async () => {
    await expect(bed.commands.execute(new VerifyDeputyCommand(randomUUID(), bed.context()))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
