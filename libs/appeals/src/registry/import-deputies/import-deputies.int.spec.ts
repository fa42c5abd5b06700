import { randomUUID } from 'node:crypto';
import { DEMO_DEPUTIES } from '../demo-registry';
import type { DeputyDefinition } from '../registry-events';
import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { ImportDeputiesCommand } from './import-deputies.command';
import { deputyImportCommandId } from './import-deputies.handler';

describe('importing deputies', () => {
  let bed: RegistryTestBed;
  const importing = (deputies: readonly DeputyDefinition[]) =>
    bed.commands.execute(new ImportDeputiesCommand(deputies, { actorId: 'admin:1', occurredAt: '2026-11-23T10:00:00.000Z' }));
  const deputy = (changes: Partial<DeputyDefinition> = {}): DeputyDefinition => ({
    deputyId: randomUUID(),
    fullName: 'Соколова Анна',
    level: 'MUNICIPAL',
    regionCode: '66',
    district: 'Округ № 3',
    territoryIds: ['66-serov'],
    ...changes,
  });
  const headOfLog = async () => (await bed.harness.store.head())?.position;

  beforeAll(async () => {
    bed = await openRegistryTestBed('import-deputies');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('records each deputy once: importing the same list again records nothing and says so', async () => {
    expect(await importing(DEMO_DEPUTIES)).toEqual([
      { row: 0, deputyId: DEMO_DEPUTIES[0].deputyId, outcome: 'REGISTERED' },
      { row: 1, deputyId: DEMO_DEPUTIES[1].deputyId, outcome: 'REGISTERED' },
    ]);
    const before = await headOfLog();
    expect((await importing(DEMO_DEPUTIES)).map((row) => row.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(await headOfLog()).toEqual(before);
    const events = await bed.harness.store.readStream(`deputy-${DEMO_DEPUTIES[0].deputyId}`);
    expect(events.map((event) => [event.type, event.metadata.actorId, event.metadata.commandId])).toEqual([
      ['DeputyRegistered', 'admin:1', deputyImportCommandId(DEMO_DEPUTIES[0])],
    ]);
    expect((await (await bed.caughtUp()).deputies('66')).map((d) => d.id)).toEqual(
      expect.arrayContaining(DEMO_DEPUTIES.map((d) => d.deputyId)),
    );
  });

  it('refuses rows that break a rule, with the reason, and goes on with the others', async () => {
    const good = deputy();
    const registered = deputy();
    await importing([registered]);
    const outcomes = await importing([
      deputy({ territoryIds: ['74-chelyabinsk'] }),
      good,
      { ...registered, fullName: 'Соколова Анна Петровна' },
      deputy({ fullName: ' ' }),
      good,
    ]);
    expect(outcomes.map(({ row, outcome }) => [row, outcome])).toEqual([
      [0, 'REFUSED'],
      [1, 'REGISTERED'],
      [2, 'REFUSED'],
      [3, 'REFUSED'],
      [4, 'UNCHANGED'],
    ]);
    expect(outcomes[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'territoryIds', reason: expect.stringContaining('74-chelyabinsk') });
    expect(outcomes[2]).toMatchObject({ code: 'INVALID_STATE', field: null, reason: expect.stringContaining('other details') });
    expect(outcomes[3]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fullName' });
  });
});
