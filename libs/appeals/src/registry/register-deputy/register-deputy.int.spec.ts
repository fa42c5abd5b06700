import { randomUUID } from 'node:crypto';
import type { DeputyDefinition } from '../registry-events';
import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { RegisterDeputyCommand } from './register-deputy.command';

describe('registering a deputy', () => {
  let bed: RegistryTestBed;
  const deputy = (changes: Partial<DeputyDefinition> = {}): DeputyDefinition => ({
    deputyId: randomUUID(),
    fullName: 'Иванов Иван',
    level: 'MUNICIPAL',
    regionCode: '66',
    district: null,
    territoryIds: ['66-ekaterinburg'],
    ...changes,
  });
  const register = (definition: DeputyDefinition) => bed.commands.execute(new RegisterDeputyCommand(definition, bed.context()));
  const stream = (deputyId: string) => bed.harness.store.readStream(`deputy-${deputyId}`);

  beforeAll(async () => {
    bed = await openRegistryTestBed('register-deputy');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('records the deputy and answers their id; the same details again record nothing', async () => {
    const definition = deputy();
    expect(await register(definition)).toBe(definition.deputyId);
    expect(await register(definition)).toBe(definition.deputyId);
    expect((await stream(definition.deputyId)).map((event) => [event.type, event.data])).toEqual([['DeputyRegistered', definition]]);
    expect(await (await bed.caughtUp()).deputy(definition.deputyId)).toMatchObject({ fullName: 'Иванов Иван', verified: false });
  });

  it('refuses other details for a registered deputy', async () => {
    const definition = deputy();
    await register(definition);
    await expect(register({ ...definition, fullName: 'Иванов Иван Иванович' })).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(await stream(definition.deputyId)).toHaveLength(1);
  });

  it('refuses unknown regions and territories of another region with the field named, writing nothing', async () => {
    const elsewhere = deputy({ territoryIds: ['74-chelyabinsk'] });
    await expect(register(elsewhere)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'territoryIds' } });
    await expect(register(deputy({ regionCode: '99' }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'regionCode' },
    });
    await expect(register(deputy({ territoryIds: [] }))).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'territoryIds' },
    });
    expect(await stream(elsewhere.deputyId)).toEqual([]);
  });
});
