import { openRegistryTestBed, type RegistryTestBed } from '../testing/registry-test-bed';
import { DefineCategoryResolver } from './define-category.resolver';

describe('defining a category', () => {
  let bed: RegistryTestBed;
  const define = (changes: Partial<{ id: string; parentId: string | null; firstResponseTargetHours: number | null }> = {}) =>
    new DefineCategoryResolver(bed.commands).defineCategory(bed.admin, {
      id: 'housing.elevators',
      parentId: 'housing',
      nameRu: 'Лифты',
      nameEn: 'Elevators',
      firstResponseTargetHours: 24,
      keywords: ['лифт'],
      ...changes,
    });

  beforeAll(async () => {
    bed = await openRegistryTestBed('define-category');
  });
  afterAll(async () => {
    await bed?.close();
  });

  it('adds a subcategory with empty fields filled in, and records nothing when it is defined again', async () => {
    expect(await define()).toBe(1);
    expect(await define()).toBe(0);
    expect((await (await bed.caughtUp()).categories()).find((c) => c.id === 'housing.elevators')).toEqual({
      id: 'housing.elevators',
      parentId: 'housing',
      nameRu: 'Лифты',
      nameEn: 'Elevators',
      firstResponseTargetHours: 24,
      nationalProjectId: null,
      keywords: ['лифт'],
    });
  });

  it('refuses an unknown parent and a first-response target out of range', async () => {
    await expect(define({ id: 'nowhere.x', parentId: 'nowhere' })).rejects.toMatchObject({ details: { field: 'parentId' } });
    await expect(define({ firstResponseTargetHours: 1000 })).rejects.toMatchObject({ details: { field: 'firstResponseTargetHours' } });
  });
});
