import { CATEGORIES, DEMO_VOTER_TERRITORY_ID, FEDERAL_DISTRICTS, NATIONAL_PROJECTS, REGIONS, SUBCATEGORIES, TERRITORIES } from './index';

const duplicates = (values: readonly string[]): string[] => values.filter((value, i) => values.indexOf(value) !== i);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The UTC offset a zone has on a given instant, e.g. 'GMT+05:00'. */
const offsetOf = (timeZone: string, at: Date): string =>
  new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((part) => part.type === 'timeZoneName')
    ?.value ?? '';

describe('regions', () => {
  it('lists the 85 federal subjects the product counts, each with a unique two-digit code', () => {
    expect(REGIONS).toHaveLength(85);
    expect(REGIONS.every((region) => /^\d{2}$/.test(region.code))).toBe(true);
    expect(duplicates(REGIONS.map((region) => region.code))).toEqual([]);
    expect(duplicates(REGIONS.map((region) => region.nameRu))).toEqual([]);
  });

  it('uses the codes people know from tax ids and number plates', () => {
    const name = (code: string) => REGIONS.find((region) => region.code === code)?.nameRu;
    expect(name('01')).toBe('Республика Адыгея');
    expect(name('66')).toBe('Свердловская область');
    expect(name('74')).toBe('Челябинская область');
    expect(name('77')).toBe('Москва');
    expect(name('78')).toBe('Санкт-Петербург');
    // retired by the 2005–2008 mergers
    for (const code of ['80', '81', '82', '84', '85', '88']) expect(name(code)).toBeUndefined();
  });

  it('puts every region in a known federal district, with the official number of subjects in each', () => {
    const counts = Object.fromEntries(FEDERAL_DISTRICTS.map((d) => [d.code, REGIONS.filter((r) => r.federalDistrict === d.code).length]));
    expect(counts).toEqual({
      CENTRAL: 18,
      NORTHWESTERN: 11,
      SOUTHERN: 8,
      NORTH_CAUCASIAN: 7,
      VOLGA: 14,
      URAL: 6,
      SIBERIAN: 10,
      FAR_EASTERN: 11,
    });
  });

  it('gives every region a time zone the runtime knows', () => {
    for (const { timeZone } of REGIONS) expect(() => new Intl.DateTimeFormat(undefined, { timeZone })).not.toThrow();
  });

  it('shows local time with the right offset in each of the eleven Russian time zones', () => {
    const zone = (code: string) => REGIONS.find((region) => region.code === code)?.timeZone ?? 'missing';
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(offsetOf(zone('39'), winter)).toBe('GMT+02:00');
    expect(offsetOf(zone('77'), winter)).toBe('GMT+03:00');
    expect(offsetOf(zone('63'), winter)).toBe('GMT+04:00');
    expect(offsetOf(zone('66'), winter)).toBe('GMT+05:00');
    expect(offsetOf(zone('55'), winter)).toBe('GMT+06:00');
    expect(offsetOf(zone('54'), winter)).toBe('GMT+07:00');
    expect(offsetOf(zone('38'), winter)).toBe('GMT+08:00');
    expect(offsetOf(zone('14'), winter)).toBe('GMT+09:00');
    expect(offsetOf(zone('25'), winter)).toBe('GMT+10:00');
    expect(offsetOf(zone('49'), winter)).toBe('GMT+11:00');
    expect(offsetOf(zone('41'), winter)).toBe('GMT+12:00');
  });
});

describe('territories', () => {
  const regionCodes = new Set(REGIONS.map((region) => region.code));

  it('belong to existing regions and carry their region code in a unique latin kebab-case id', () => {
    expect(duplicates(TERRITORIES.map((t) => t.id))).toEqual([]);
    for (const territory of TERRITORIES) {
      expect(regionCodes.has(territory.regionCode)).toBe(true);
      expect(territory.id.startsWith(`${territory.regionCode}-`)).toBe(true);
      expect(KEBAB.test(territory.id.slice(3))).toBe(true);
      expect(territory.populationApprox).toBeGreaterThan(0);
    }
  });

  it('cover the five demo regions with 8–15 territories each', () => {
    for (const code of ['66', '74', '77', '16', '54']) {
      const count = TERRITORIES.filter((t) => t.regionCode === code).length;
      expect(count).toBeGreaterThanOrEqual(8);
      expect(count).toBeLessThanOrEqual(15);
    }
  });

  it("include the demo voter's home, Yekaterinburg", () => {
    expect(DEMO_VOTER_TERRITORY_ID).toBe('66-ekaterinburg');
    expect(TERRITORIES.find((t) => t.id === DEMO_VOTER_TERRITORY_ID)).toMatchObject({ regionCode: '66', nameRu: 'Екатеринбург' });
  });
});

describe('categories', () => {
  const topIds = new Set(CATEGORIES.map((c) => c.id));
  const projectIds = new Set(NATIONAL_PROJECTS.map((p) => p.id));

  it('have unique latin ids: kebab-case at the top, `<parent>.<kebab>` below', () => {
    expect(duplicates([...CATEGORIES, ...SUBCATEGORIES].map((c) => c.id))).toEqual([]);
    for (const { id } of CATEGORIES) expect(KEBAB.test(id)).toBe(true);
    for (const { id, parentId } of SUBCATEGORIES) {
      expect(id.startsWith(`${parentId}.`)).toBe(true);
      expect(KEBAB.test(id.slice(parentId.length + 1))).toBe(true);
    }
  });

  it('hang every subcategory under an existing top-level category, 3–8 to each', () => {
    for (const { parentId } of SUBCATEGORIES) expect(topIds.has(parentId)).toBe(true);
    for (const { id } of CATEGORIES) {
      const count = SUBCATEGORIES.filter((s) => s.parentId === id).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(8);
    }
  });

  it('set a positive first-response target of at most three days', () => {
    for (const { firstResponseTargetHours } of SUBCATEGORIES) {
      expect(Number.isInteger(firstResponseTargetHours)).toBe(true);
      expect(firstResponseTargetHours).toBeGreaterThan(0);
      expect(firstResponseTargetHours).toBeLessThanOrEqual(72);
    }
  });

  it('give 3–10 lower-case Russian keywords per subcategory, none shared between subcategories', () => {
    for (const { keywords } of SUBCATEGORIES) {
      expect(keywords.length).toBeGreaterThanOrEqual(3);
      expect(keywords.length).toBeLessThanOrEqual(10);
      for (const keyword of keywords) {
        expect(keyword).toBe(keyword.toLowerCase());
        expect(keyword).toMatch(/^[а-яё][а-яё ]*[а-яё]$/);
      }
    }
    expect(duplicates(SUBCATEGORIES.flatMap((s) => s.keywords))).toEqual([]);
  });

  it('map only to national projects that exist, and by default to the current 2025–2030 set', () => {
    for (const { nationalProjectId } of SUBCATEGORIES) {
      if (nationalProjectId === undefined) continue;
      expect(projectIds.has(nationalProjectId)).toBe(true);
      expect(NATIONAL_PROJECTS.find((p) => p.id === nationalProjectId)?.period).toBe('2025-2030');
    }
  });
});

describe('national projects', () => {
  it('have unique kebab-case ids and periods that match their years', () => {
    expect(duplicates(NATIONAL_PROJECTS.map((p) => p.id))).toEqual([]);
    for (const project of NATIONAL_PROJECTS) {
      expect(KEBAB.test(project.id)).toBe(true);
      expect(project.startYear).toBeLessThanOrEqual(project.endYear);
      const [from, to] = project.period.split('-').map(Number);
      expect(project.startYear).toBeGreaterThanOrEqual(from ?? NaN);
      expect(project.endYear).toBe(to);
    }
  });

  it('name each project once per period', () => {
    for (const period of ['2019-2024', '2025-2030'] as const) {
      expect(duplicates(NATIONAL_PROJECTS.filter((p) => p.period === period).map((p) => p.nameRu))).toEqual([]);
    }
  });
});
