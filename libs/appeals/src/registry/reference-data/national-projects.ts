/**
 * National projects (нацпроекты) that appeals are mapped to for «Нацпроекты глазами людей» analytics.
 *
 * Two sets, because appeal history spans both:
 * - 2019–2024: the projects of Указ № 204 of 7 May 2018 (passports of December 2018), plus «Туризм и
 *   индустрия гостеприимства», added in 2021. Names are the later ones where a project was renamed
 *   («Безопасные и качественные автомобильные дороги», «Наука», «Производительность труда и
 *   поддержка занятости»). «Цифровая экономика» was formally a national programme but was run and
 *   reported as one of the projects. They ended in 2024.
 * - 2025–2030: the projects launched in January 2025 under Указ № 309 of 7 May 2024, except the
 *   technological-leadership ones (health-saving technologies, food-security technologies, materials
 *   and chemistry, means of production, unmanned aircraft, space, bioeconomy and the like): their list
 *   changed during 2024–2025, and residents do not write to deputies about them.
 *
 * Categories map to the 2025–2030 set by default, since new appeals fall in it.
 * «Комплексный план модернизации и расширения магистральной инфраструктуры» was a plan, not a
 * national project, and is not listed.
 */

export type NationalProjectPeriod = '2019-2024' | '2025-2030';

export type NationalProject = Readonly<{
  /** Latin kebab-case; a name both sets share gets a `-2019` suffix on the older one. */
  id: string;
  nameRu: string;
  nameEn: string;
  period: NationalProjectPeriod;
  startYear: number;
  endYear: number;
}>;

const set2019 = { period: '2019-2024', startYear: 2019, endYear: 2024 } as const;
const set2025 = { period: '2025-2030', startYear: 2025, endYear: 2030 } as const;

export const NATIONAL_PROJECTS: readonly NationalProject[] = [
  // 2019–2024
  { id: 'demography', nameRu: 'Демография', nameEn: 'Demography', ...set2019 },
  { id: 'healthcare', nameRu: 'Здравоохранение', nameEn: 'Healthcare', ...set2019 },
  { id: 'education', nameRu: 'Образование', nameEn: 'Education', ...set2019 },
  { id: 'housing-and-urban-environment', nameRu: 'Жильё и городская среда', nameEn: 'Housing and Urban Environment', ...set2019 },
  { id: 'ecology', nameRu: 'Экология', nameEn: 'Ecology', ...set2019 },
  { id: 'safe-quality-roads', nameRu: 'Безопасные качественные дороги', nameEn: 'Safe and Quality Roads', ...set2019 },
  { id: 'culture', nameRu: 'Культура', nameEn: 'Culture', ...set2019 },
  {
    id: 'digital-economy',
    nameRu: 'Цифровая экономика Российской Федерации',
    nameEn: 'Digital Economy of the Russian Federation',
    ...set2019,
  },
  {
    id: 'small-and-medium-business',
    nameRu: 'Малое и среднее предпринимательство и поддержка индивидуальной предпринимательской инициативы',
    nameEn: 'Small and Medium-Sized Businesses and Support for Individual Entrepreneurship',
    ...set2019,
  },
  { id: 'labour-productivity', nameRu: 'Производительность труда', nameEn: 'Labour Productivity', ...set2019 },
  { id: 'science-and-universities', nameRu: 'Наука и университеты', nameEn: 'Science and Universities', ...set2019 },
  {
    id: 'international-cooperation-and-export-2019',
    nameRu: 'Международная кооперация и экспорт',
    nameEn: 'International Cooperation and Export',
    ...set2019,
  },
  {
    id: 'tourism-and-hospitality-industry',
    nameRu: 'Туризм и индустрия гостеприимства',
    nameEn: 'Tourism and Hospitality Industry',
    ...set2019,
    startYear: 2021,
  },

  // 2025–2030
  { id: 'family', nameRu: 'Семья', nameEn: 'Family', ...set2025 },
  { id: 'long-and-active-life', nameRu: 'Продолжительная и активная жизнь', nameEn: 'Long and Active Life', ...set2025 },
  { id: 'youth-and-children', nameRu: 'Молодёжь и дети', nameEn: 'Youth and Children', ...set2025 },
  { id: 'personnel', nameRu: 'Кадры', nameEn: 'Personnel', ...set2025 },
  { id: 'infrastructure-for-life', nameRu: 'Инфраструктура для жизни', nameEn: 'Infrastructure for Life', ...set2025 },
  { id: 'environmental-well-being', nameRu: 'Экологическое благополучие', nameEn: 'Environmental Well-Being', ...set2025 },
  { id: 'tourism-and-hospitality', nameRu: 'Туризм и гостеприимство', nameEn: 'Tourism and Hospitality', ...set2025 },
  {
    id: 'efficient-and-competitive-economy',
    nameRu: 'Эффективная и конкурентная экономика',
    nameEn: 'Efficient and Competitive Economy',
    ...set2025,
  },
  {
    id: 'data-economy',
    nameRu: 'Экономика данных и цифровая трансформация государства',
    nameEn: 'Data Economy and Digital Transformation of the State',
    ...set2025,
  },
  {
    id: 'international-cooperation-and-export',
    nameRu: 'Международная кооперация и экспорт',
    nameEn: 'International Cooperation and Export',
    ...set2025,
  },
  { id: 'efficient-transport-system', nameRu: 'Эффективная транспортная система', nameEn: 'Efficient Transport System', ...set2025 },
];
