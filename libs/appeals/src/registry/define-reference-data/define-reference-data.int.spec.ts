import { REGIONS, TERRITORIES } from '../reference-data';
import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { DefineReferenceDataCommand } from './define-reference-data.command';
import { shippedReferenceData } from './shipped-reference-data';

describe('defining reference data (the shipped regions, territories, categories and national projects)', () => {
  let bed: RegistryTestBed;

  beforeAll(async () => {
    bed = await openRegistryTestBed('define-reference-data', { referenceData: false });
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('imports the shipped reference data once; importing again writes nothing', async () => {
    expect(await bed.commands.execute(new DefineReferenceDataCommand(shippedReferenceData(), bed.context()))).toBeGreaterThan(200);
    expect(await bed.commands.execute(new DefineReferenceDataCommand(shippedReferenceData(), bed.context()))).toBe(0);
    const queries = await bed.caughtUp();
    expect(await queries.regions()).toHaveLength(REGIONS.length);
    expect((await queries.regions()).find((r) => r.code === '66')).toEqual({
      code: '66',
      nameRu: 'Свердловская область',
      nameEn: expect.any(String),
      federalDistrict: 'URAL',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect((await queries.territories('66')).map((t) => t.id)).toEqual(
      expect.arrayContaining(TERRITORIES.filter((t) => t.regionCode === '66').map((t) => t.id)),
    );
    const categories = await queries.categories();
    expect(categories.find((c) => c.id === 'housing')).toMatchObject({ parentId: null, nameRu: 'ЖКХ' });
    // The voter portal suggests a category from these.
    expect(categories.find((c) => c.id === 'roads.repair')?.keywords).toContain('яма');
  });

  it('writes only what changed when a definition is edited', async () => {
    const data = shippedReferenceData();
    const regions = (data.regions ?? []).map((region) =>
      region.code === '66' ? { ...region, nameEn: 'Sverdlovsk Oblast (edited)' } : region,
    );
    expect(await bed.commands.execute(new DefineReferenceDataCommand({ ...data, regions }, bed.context()))).toBe(1);
  });
});
