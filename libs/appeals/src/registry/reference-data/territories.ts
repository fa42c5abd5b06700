/**
 * Territories inside the five demo regions: where an appeal's problem is, and the unit that routing
 * rules and the region × territory analytics cube work with.
 *
 * Not a full municipal register: 9–12 of the largest or best-known municipalities per region, enough
 * for realistic demo data. Moscow has no municipal districts of this kind, so its twelve
 * административные округа stand in. Municipal statuses (городской / муниципальный округ, муниципальный
 * район) are being reshaped by the 2025 local government reform, so names use the city or «… район»
 * form residents use, and `kind` does not pin the legal status.
 *
 * `populationApprox` is rounded (two significant figures at best) from the 2021 census and later
 * Rosstat estimates; only its order of magnitude matters, as it only weights demo data. Do not show it
 * as statistics.
 */

export type TerritoryKind = 'MUNICIPALITY' | 'ADMINISTRATIVE_OKRUG';

export type Territory = Readonly<{
  /** `<region code>-<latin kebab name>`, stable: routing rules and read models store it. */
  id: string;
  regionCode: string;
  nameRu: string;
  nameEn: string;
  kind: TerritoryKind;
  populationApprox: number;
}>;

/** The demo voter `voter1` lives here. */
export const DEMO_VOTER_TERRITORY_ID = '66-ekaterinburg';

export const TERRITORIES: readonly Territory[] = [
  // 66 Свердловская область
  {
    id: '66-ekaterinburg',
    regionCode: '66',
    nameRu: 'Екатеринбург',
    nameEn: 'Yekaterinburg',
    kind: 'MUNICIPALITY',
    populationApprox: 1_500_000,
  },
  {
    id: '66-nizhny-tagil',
    regionCode: '66',
    nameRu: 'Нижний Тагил',
    nameEn: 'Nizhny Tagil',
    kind: 'MUNICIPALITY',
    populationApprox: 340_000,
  },
  {
    id: '66-kamensk-uralsky',
    regionCode: '66',
    nameRu: 'Каменск-Уральский',
    nameEn: 'Kamensk-Uralsky',
    kind: 'MUNICIPALITY',
    populationApprox: 160_000,
  },
  {
    id: '66-pervouralsk',
    regionCode: '66',
    nameRu: 'Первоуральск',
    nameEn: 'Pervouralsk',
    kind: 'MUNICIPALITY',
    populationApprox: 120_000,
  },
  { id: '66-serov', regionCode: '66', nameRu: 'Серов', nameEn: 'Serov', kind: 'MUNICIPALITY', populationApprox: 95_000 },
  {
    id: '66-verkhnyaya-pyshma',
    regionCode: '66',
    nameRu: 'Верхняя Пышма',
    nameEn: 'Verkhnyaya Pyshma',
    kind: 'MUNICIPALITY',
    populationApprox: 90_000,
  },
  { id: '66-novouralsk', regionCode: '66', nameRu: 'Новоуральск', nameEn: 'Novouralsk', kind: 'MUNICIPALITY', populationApprox: 80_000 },
  { id: '66-berezovsky', regionCode: '66', nameRu: 'Берёзовский', nameEn: 'Beryozovsky', kind: 'MUNICIPALITY', populationApprox: 70_000 },
  { id: '66-polevskoy', regionCode: '66', nameRu: 'Полевской', nameEn: 'Polevskoy', kind: 'MUNICIPALITY', populationApprox: 65_000 },
  { id: '66-asbest', regionCode: '66', nameRu: 'Асбест', nameEn: 'Asbest', kind: 'MUNICIPALITY', populationApprox: 60_000 },
  { id: '66-revda', regionCode: '66', nameRu: 'Ревда', nameEn: 'Revda', kind: 'MUNICIPALITY', populationApprox: 60_000 },
  {
    id: '66-krasnoturyinsk',
    regionCode: '66',
    nameRu: 'Краснотурьинск',
    nameEn: 'Krasnoturyinsk',
    kind: 'MUNICIPALITY',
    populationApprox: 55_000,
  },

  // 74 Челябинская область (Златоуст, Еманжелинский район and Озёрск appear in the seed reports)
  { id: '74-chelyabinsk', regionCode: '74', nameRu: 'Челябинск', nameEn: 'Chelyabinsk', kind: 'MUNICIPALITY', populationApprox: 1_200_000 },
  {
    id: '74-magnitogorsk',
    regionCode: '74',
    nameRu: 'Магнитогорск',
    nameEn: 'Magnitogorsk',
    kind: 'MUNICIPALITY',
    populationApprox: 410_000,
  },
  { id: '74-miass', regionCode: '74', nameRu: 'Миасс', nameEn: 'Miass', kind: 'MUNICIPALITY', populationApprox: 165_000 },
  { id: '74-zlatoust', regionCode: '74', nameRu: 'Златоуст', nameEn: 'Zlatoust', kind: 'MUNICIPALITY', populationApprox: 160_000 },
  { id: '74-kopeysk', regionCode: '74', nameRu: 'Копейск', nameEn: 'Kopeysk', kind: 'MUNICIPALITY', populationApprox: 150_000 },
  { id: '74-ozyorsk', regionCode: '74', nameRu: 'Озёрск', nameEn: 'Ozyorsk', kind: 'MUNICIPALITY', populationApprox: 80_000 },
  {
    id: '74-sosnovsky',
    regionCode: '74',
    nameRu: 'Сосновский район',
    nameEn: 'Sosnovsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 80_000,
  },
  {
    id: '74-satkinsky',
    regionCode: '74',
    nameRu: 'Саткинский район',
    nameEn: 'Satkinsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 75_000,
  },
  { id: '74-troitsk', regionCode: '74', nameRu: 'Троицк', nameEn: 'Troitsk', kind: 'MUNICIPALITY', populationApprox: 70_000 },
  {
    id: '74-emanzhelinsky',
    regionCode: '74',
    nameRu: 'Еманжелинский район',
    nameEn: 'Yemanzhelinsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 50_000,
  },
  { id: '74-snezhinsk', regionCode: '74', nameRu: 'Снежинск', nameEn: 'Snezhinsk', kind: 'MUNICIPALITY', populationApprox: 50_000 },
  { id: '74-chebarkul', regionCode: '74', nameRu: 'Чебаркуль', nameEn: 'Chebarkul', kind: 'MUNICIPALITY', populationApprox: 40_000 },

  // 77 Москва: административные округа
  {
    id: '77-central',
    regionCode: '77',
    nameRu: 'Центральный административный округ',
    nameEn: 'Central Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 770_000,
  },
  {
    id: '77-northern',
    regionCode: '77',
    nameRu: 'Северный административный округ',
    nameEn: 'Northern Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_200_000,
  },
  {
    id: '77-north-eastern',
    regionCode: '77',
    nameRu: 'Северо-Восточный административный округ',
    nameEn: 'North-Eastern Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_400_000,
  },
  {
    id: '77-eastern',
    regionCode: '77',
    nameRu: 'Восточный административный округ',
    nameEn: 'Eastern Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_500_000,
  },
  {
    id: '77-south-eastern',
    regionCode: '77',
    nameRu: 'Юго-Восточный административный округ',
    nameEn: 'South-Eastern Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_400_000,
  },
  {
    id: '77-southern',
    regionCode: '77',
    nameRu: 'Южный административный округ',
    nameEn: 'Southern Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_800_000,
  },
  {
    id: '77-south-western',
    regionCode: '77',
    nameRu: 'Юго-Западный административный округ',
    nameEn: 'South-Western Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_400_000,
  },
  {
    id: '77-western',
    regionCode: '77',
    nameRu: 'Западный административный округ',
    nameEn: 'Western Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_400_000,
  },
  {
    id: '77-north-western',
    regionCode: '77',
    nameRu: 'Северо-Западный административный округ',
    nameEn: 'North-Western Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 1_000_000,
  },
  {
    id: '77-zelenogradsky',
    regionCode: '77',
    nameRu: 'Зеленоградский административный округ',
    nameEn: 'Zelenogradsky Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 260_000,
  },
  {
    id: '77-novomoskovsky',
    regionCode: '77',
    nameRu: 'Новомосковский административный округ',
    nameEn: 'Novomoskovsky Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 400_000,
  },
  {
    id: '77-troitsky',
    regionCode: '77',
    nameRu: 'Троицкий административный округ',
    nameEn: 'Troitsky Administrative Okrug',
    kind: 'ADMINISTRATIVE_OKRUG',
    populationApprox: 150_000,
  },

  // 16 Республика Татарстан
  { id: '16-kazan', regionCode: '16', nameRu: 'Казань', nameEn: 'Kazan', kind: 'MUNICIPALITY', populationApprox: 1_300_000 },
  {
    id: '16-naberezhnye-chelny',
    regionCode: '16',
    nameRu: 'Набережные Челны',
    nameEn: 'Naberezhnye Chelny',
    kind: 'MUNICIPALITY',
    populationApprox: 550_000,
  },
  {
    id: '16-nizhnekamsky',
    regionCode: '16',
    nameRu: 'Нижнекамский район',
    nameEn: 'Nizhnekamsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 280_000,
  },
  {
    id: '16-almetyevsky',
    regionCode: '16',
    nameRu: 'Альметьевский район',
    nameEn: 'Almetyevsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 200_000,
  },
  {
    id: '16-zelenodolsky',
    regionCode: '16',
    nameRu: 'Зеленодольский район',
    nameEn: 'Zelenodolsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 160_000,
  },
  {
    id: '16-bugulminsky',
    regionCode: '16',
    nameRu: 'Бугульминский район',
    nameEn: 'Bugulminsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 110_000,
  },
  {
    id: '16-yelabuzhsky',
    regionCode: '16',
    nameRu: 'Елабужский район',
    nameEn: 'Yelabuzhsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 85_000,
  },
  {
    id: '16-leninogorsky',
    regionCode: '16',
    nameRu: 'Лениногорский район',
    nameEn: 'Leninogorsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 80_000,
  },
  {
    id: '16-chistopolsky',
    regionCode: '16',
    nameRu: 'Чистопольский район',
    nameEn: 'Chistopolsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 75_000,
  },

  // 54 Новосибирская область
  {
    id: '54-novosibirsk',
    regionCode: '54',
    nameRu: 'Новосибирск',
    nameEn: 'Novosibirsk',
    kind: 'MUNICIPALITY',
    populationApprox: 1_600_000,
  },
  {
    id: '54-novosibirsky',
    regionCode: '54',
    nameRu: 'Новосибирский район',
    nameEn: 'Novosibirsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 150_000,
  },
  { id: '54-berdsk', regionCode: '54', nameRu: 'Бердск', nameEn: 'Berdsk', kind: 'MUNICIPALITY', populationApprox: 100_000 },
  {
    id: '54-iskitimsky',
    regionCode: '54',
    nameRu: 'Искитимский район',
    nameEn: 'Iskitimsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 60_000,
  },
  { id: '54-iskitim', regionCode: '54', nameRu: 'Искитим', nameEn: 'Iskitim', kind: 'MUNICIPALITY', populationApprox: 55_000 },
  {
    id: '54-kuybyshevsky',
    regionCode: '54',
    nameRu: 'Куйбышевский район',
    nameEn: 'Kuybyshevsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 55_000,
  },
  {
    id: '54-barabinsky',
    regionCode: '54',
    nameRu: 'Барабинский район',
    nameEn: 'Barabinsky District',
    kind: 'MUNICIPALITY',
    populationApprox: 45_000,
  },
  {
    id: '54-karasuksky',
    regionCode: '54',
    nameRu: 'Карасукский район',
    nameEn: 'Karasuksky District',
    kind: 'MUNICIPALITY',
    populationApprox: 45_000,
  },
  { id: '54-ob', regionCode: '54', nameRu: 'Обь', nameEn: 'Ob', kind: 'MUNICIPALITY', populationApprox: 30_000 },
  { id: '54-koltsovo', regionCode: '54', nameRu: 'Кольцово', nameEn: 'Koltsovo', kind: 'MUNICIPALITY', populationApprox: 20_000 },
];
