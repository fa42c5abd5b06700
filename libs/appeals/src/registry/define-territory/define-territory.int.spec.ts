import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { DefineTerritoryResolver } from './define-territory.resolver';

describe('defining a territory', () => {
  let bed: RegistryTestBed;
  const define = (changes: Partial<{ id: string; regionCode: string; kind: string; nameRu: string }> = {}) =>
    new DefineTerritoryResolver(bed.commands).defineTerritory(bed.admin, {
      id: '66-sysert',
      regionCode: '66',
      nameRu: 'Сысерть',
      nameEn: 'Sysert',
      kind: 'MUNICIPALITY',
      populationApprox: 20_000,
      ...changes,
    });

  beforeAll(async () => {
    bed = await openRegistryTestBed('define-territory');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('adds a territory, answers how many definitions changed, and changes it by its id', async () => {
    expect(await define()).toBe(1);
    expect(await define()).toBe(0);
    expect(await define({ nameRu: 'Сысертский округ' })).toBe(1);
    expect((await (await bed.caughtUp()).territories('66')).find((t) => t.id === '66-sysert')).toMatchObject({
      nameRu: 'Сысертский округ',
    });
  });

  it('refuses an unknown kind, a region not in the registry and a malformed id', async () => {
    await expect(define({ id: '66-other', kind: 'VILLAGE' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'kind' } });
    await expect(define({ id: '99-nowhere', regionCode: '99' })).rejects.toMatchObject({ details: { field: 'regionCode' } });
    await expect(define({ id: 'Sysert' })).rejects.toMatchObject({ details: { field: 'id' } });
  });
});
