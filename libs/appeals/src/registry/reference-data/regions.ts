/**
 * Federal subjects of Russia: the regions that deputies, ЦУР moderators and analysts are scoped to.
 *
 * List and count: the 85 subjects of Article 65 of the Constitution as it stood from March 2014 to
 * October 2022 (the 83 subjects of 2008 plus Республика Крым and Севастополь), because 85 is the
 * count the product brief plans for ("~85 regions"). The four subjects added to Article 65 in
 * October 2022 are not included: adding them is a product decision, not a data fix. The status of
 * Crimea and Sevastopol is disputed internationally; they are here because the brief's count has them.
 *
 * Codes: the two-digit subject codes of the ФНС (the first two digits of an ИНН), which are also the
 * ГИБДД base plate codes. Codes 80–82, 84, 85 and 88 were retired by the 2005–2008 mergers. Crimea is
 * 91 (ФНС); its ГИБДД plates use 82, the retired Koryak code.
 *
 * Names are Article 65's, without the alternate forms in brackets or after a dash («Республика
 * Татарстан», not «… (Татарстан)»), except where that form is the name in use («Республика Саха
 * (Якутия)», «… — Алания», «… — Кузбасс», «… — Югра»).
 *
 * Federal districts are those in force since November 2018 (Buryatia and Zabaykalsky Krai moved to
 * the Far East; the Crimean district was merged into the Southern one in 2016). Time zones are the
 * IANA zones of each subject's capital, so "per day" analytics and deadlines show local time.
 */

export type FederalDistrict = 'CENTRAL' | 'NORTHWESTERN' | 'SOUTHERN' | 'NORTH_CAUCASIAN' | 'VOLGA' | 'URAL' | 'SIBERIAN' | 'FAR_EASTERN';

export type FederalDistrictInfo = Readonly<{ code: FederalDistrict; abbreviationRu: string; nameRu: string; nameEn: string }>;

/** The eight federal districts, in the order Rosstat publishes them. */
export const FEDERAL_DISTRICTS: readonly FederalDistrictInfo[] = [
  { code: 'CENTRAL', abbreviationRu: 'ЦФО', nameRu: 'Центральный федеральный округ', nameEn: 'Central Federal District' },
  { code: 'NORTHWESTERN', abbreviationRu: 'СЗФО', nameRu: 'Северо-Западный федеральный округ', nameEn: 'Northwestern Federal District' },
  { code: 'SOUTHERN', abbreviationRu: 'ЮФО', nameRu: 'Южный федеральный округ', nameEn: 'Southern Federal District' },
  {
    code: 'NORTH_CAUCASIAN',
    abbreviationRu: 'СКФО',
    nameRu: 'Северо-Кавказский федеральный округ',
    nameEn: 'North Caucasian Federal District',
  },
  { code: 'VOLGA', abbreviationRu: 'ПФО', nameRu: 'Приволжский федеральный округ', nameEn: 'Volga Federal District' },
  { code: 'URAL', abbreviationRu: 'УФО', nameRu: 'Уральский федеральный округ', nameEn: 'Ural Federal District' },
  { code: 'SIBERIAN', abbreviationRu: 'СФО', nameRu: 'Сибирский федеральный округ', nameEn: 'Siberian Federal District' },
  { code: 'FAR_EASTERN', abbreviationRu: 'ДФО', nameRu: 'Дальневосточный федеральный округ', nameEn: 'Far Eastern Federal District' },
];

export type Region = Readonly<{
  code: string;
  nameRu: string;
  nameEn: string;
  federalDistrict: FederalDistrict;
  timeZone: string;
}>;

/** All 85 federal subjects, ordered by code. */
export const REGIONS: readonly Region[] = [
  { code: '01', nameRu: 'Республика Адыгея', nameEn: 'Republic of Adygea', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Moscow' },
  {
    code: '02',
    nameRu: 'Республика Башкортостан',
    nameEn: 'Republic of Bashkortostan',
    federalDistrict: 'VOLGA',
    timeZone: 'Asia/Yekaterinburg',
  },
  { code: '03', nameRu: 'Республика Бурятия', nameEn: 'Republic of Buryatia', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Irkutsk' },
  { code: '04', nameRu: 'Республика Алтай', nameEn: 'Altai Republic', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Barnaul' },
  {
    code: '05',
    nameRu: 'Республика Дагестан',
    nameEn: 'Republic of Dagestan',
    federalDistrict: 'NORTH_CAUCASIAN',
    timeZone: 'Europe/Moscow',
  },
  {
    code: '06',
    nameRu: 'Республика Ингушетия',
    nameEn: 'Republic of Ingushetia',
    federalDistrict: 'NORTH_CAUCASIAN',
    timeZone: 'Europe/Moscow',
  },
  {
    code: '07',
    nameRu: 'Кабардино-Балкарская Республика',
    nameEn: 'Kabardino-Balkarian Republic',
    federalDistrict: 'NORTH_CAUCASIAN',
    timeZone: 'Europe/Moscow',
  },
  { code: '08', nameRu: 'Республика Калмыкия', nameEn: 'Republic of Kalmykia', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Moscow' },
  {
    code: '09',
    nameRu: 'Карачаево-Черкесская Республика',
    nameEn: 'Karachay-Cherkess Republic',
    federalDistrict: 'NORTH_CAUCASIAN',
    timeZone: 'Europe/Moscow',
  },
  { code: '10', nameRu: 'Республика Карелия', nameEn: 'Republic of Karelia', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '11', nameRu: 'Республика Коми', nameEn: 'Komi Republic', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '12', nameRu: 'Республика Марий Эл', nameEn: 'Mari El Republic', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  { code: '13', nameRu: 'Республика Мордовия', nameEn: 'Republic of Mordovia', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  {
    code: '14',
    nameRu: 'Республика Саха (Якутия)',
    nameEn: 'Sakha (Yakutia) Republic',
    federalDistrict: 'FAR_EASTERN',
    timeZone: 'Asia/Yakutsk',
  },
  {
    code: '15',
    nameRu: 'Республика Северная Осетия — Алания',
    nameEn: 'Republic of North Ossetia–Alania',
    federalDistrict: 'NORTH_CAUCASIAN',
    timeZone: 'Europe/Moscow',
  },
  { code: '16', nameRu: 'Республика Татарстан', nameEn: 'Republic of Tatarstan', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  { code: '17', nameRu: 'Республика Тыва', nameEn: 'Tuva Republic', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Krasnoyarsk' },
  { code: '18', nameRu: 'Удмуртская Республика', nameEn: 'Udmurt Republic', federalDistrict: 'VOLGA', timeZone: 'Europe/Samara' },
  { code: '19', nameRu: 'Республика Хакасия', nameEn: 'Republic of Khakassia', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Krasnoyarsk' },
  { code: '20', nameRu: 'Чеченская Республика', nameEn: 'Chechen Republic', federalDistrict: 'NORTH_CAUCASIAN', timeZone: 'Europe/Moscow' },
  { code: '21', nameRu: 'Чувашская Республика', nameEn: 'Chuvash Republic', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  { code: '22', nameRu: 'Алтайский край', nameEn: 'Altai Krai', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Barnaul' },
  { code: '23', nameRu: 'Краснодарский край', nameEn: 'Krasnodar Krai', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Moscow' },
  { code: '24', nameRu: 'Красноярский край', nameEn: 'Krasnoyarsk Krai', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Krasnoyarsk' },
  { code: '25', nameRu: 'Приморский край', nameEn: 'Primorsky Krai', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Vladivostok' },
  { code: '26', nameRu: 'Ставропольский край', nameEn: 'Stavropol Krai', federalDistrict: 'NORTH_CAUCASIAN', timeZone: 'Europe/Moscow' },
  { code: '27', nameRu: 'Хабаровский край', nameEn: 'Khabarovsk Krai', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Vladivostok' },
  { code: '28', nameRu: 'Амурская область', nameEn: 'Amur Oblast', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Yakutsk' },
  { code: '29', nameRu: 'Архангельская область', nameEn: 'Arkhangelsk Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '30', nameRu: 'Астраханская область', nameEn: 'Astrakhan Oblast', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Astrakhan' },
  { code: '31', nameRu: 'Белгородская область', nameEn: 'Belgorod Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '32', nameRu: 'Брянская область', nameEn: 'Bryansk Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '33', nameRu: 'Владимирская область', nameEn: 'Vladimir Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '34', nameRu: 'Волгоградская область', nameEn: 'Volgograd Oblast', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Volgograd' },
  { code: '35', nameRu: 'Вологодская область', nameEn: 'Vologda Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '36', nameRu: 'Воронежская область', nameEn: 'Voronezh Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '37', nameRu: 'Ивановская область', nameEn: 'Ivanovo Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '38', nameRu: 'Иркутская область', nameEn: 'Irkutsk Oblast', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Irkutsk' },
  {
    code: '39',
    nameRu: 'Калининградская область',
    nameEn: 'Kaliningrad Oblast',
    federalDistrict: 'NORTHWESTERN',
    timeZone: 'Europe/Kaliningrad',
  },
  { code: '40', nameRu: 'Калужская область', nameEn: 'Kaluga Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '41', nameRu: 'Камчатский край', nameEn: 'Kamchatka Krai', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Kamchatka' },
  {
    code: '42',
    nameRu: 'Кемеровская область — Кузбасс',
    nameEn: 'Kemerovo Oblast – Kuzbass',
    federalDistrict: 'SIBERIAN',
    timeZone: 'Asia/Novokuznetsk',
  },
  { code: '43', nameRu: 'Кировская область', nameEn: 'Kirov Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Kirov' },
  { code: '44', nameRu: 'Костромская область', nameEn: 'Kostroma Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '45', nameRu: 'Курганская область', nameEn: 'Kurgan Oblast', federalDistrict: 'URAL', timeZone: 'Asia/Yekaterinburg' },
  { code: '46', nameRu: 'Курская область', nameEn: 'Kursk Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '47', nameRu: 'Ленинградская область', nameEn: 'Leningrad Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '48', nameRu: 'Липецкая область', nameEn: 'Lipetsk Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '49', nameRu: 'Магаданская область', nameEn: 'Magadan Oblast', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Magadan' },
  { code: '50', nameRu: 'Московская область', nameEn: 'Moscow Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '51', nameRu: 'Мурманская область', nameEn: 'Murmansk Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '52', nameRu: 'Нижегородская область', nameEn: 'Nizhny Novgorod Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  { code: '53', nameRu: 'Новгородская область', nameEn: 'Novgorod Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '54', nameRu: 'Новосибирская область', nameEn: 'Novosibirsk Oblast', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Novosibirsk' },
  { code: '55', nameRu: 'Омская область', nameEn: 'Omsk Oblast', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Omsk' },
  { code: '56', nameRu: 'Оренбургская область', nameEn: 'Orenburg Oblast', federalDistrict: 'VOLGA', timeZone: 'Asia/Yekaterinburg' },
  { code: '57', nameRu: 'Орловская область', nameEn: 'Oryol Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '58', nameRu: 'Пензенская область', nameEn: 'Penza Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Moscow' },
  { code: '59', nameRu: 'Пермский край', nameEn: 'Perm Krai', federalDistrict: 'VOLGA', timeZone: 'Asia/Yekaterinburg' },
  { code: '60', nameRu: 'Псковская область', nameEn: 'Pskov Oblast', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  { code: '61', nameRu: 'Ростовская область', nameEn: 'Rostov Oblast', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Moscow' },
  { code: '62', nameRu: 'Рязанская область', nameEn: 'Ryazan Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '63', nameRu: 'Самарская область', nameEn: 'Samara Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Samara' },
  { code: '64', nameRu: 'Саратовская область', nameEn: 'Saratov Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Saratov' },
  { code: '65', nameRu: 'Сахалинская область', nameEn: 'Sakhalin Oblast', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Sakhalin' },
  { code: '66', nameRu: 'Свердловская область', nameEn: 'Sverdlovsk Oblast', federalDistrict: 'URAL', timeZone: 'Asia/Yekaterinburg' },
  { code: '67', nameRu: 'Смоленская область', nameEn: 'Smolensk Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '68', nameRu: 'Тамбовская область', nameEn: 'Tambov Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '69', nameRu: 'Тверская область', nameEn: 'Tver Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '70', nameRu: 'Томская область', nameEn: 'Tomsk Oblast', federalDistrict: 'SIBERIAN', timeZone: 'Asia/Tomsk' },
  { code: '71', nameRu: 'Тульская область', nameEn: 'Tula Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '72', nameRu: 'Тюменская область', nameEn: 'Tyumen Oblast', federalDistrict: 'URAL', timeZone: 'Asia/Yekaterinburg' },
  { code: '73', nameRu: 'Ульяновская область', nameEn: 'Ulyanovsk Oblast', federalDistrict: 'VOLGA', timeZone: 'Europe/Ulyanovsk' },
  { code: '74', nameRu: 'Челябинская область', nameEn: 'Chelyabinsk Oblast', federalDistrict: 'URAL', timeZone: 'Asia/Yekaterinburg' },
  { code: '75', nameRu: 'Забайкальский край', nameEn: 'Zabaykalsky Krai', federalDistrict: 'FAR_EASTERN', timeZone: 'Asia/Chita' },
  { code: '76', nameRu: 'Ярославская область', nameEn: 'Yaroslavl Oblast', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '77', nameRu: 'Москва', nameEn: 'Moscow', federalDistrict: 'CENTRAL', timeZone: 'Europe/Moscow' },
  { code: '78', nameRu: 'Санкт-Петербург', nameEn: 'Saint Petersburg', federalDistrict: 'NORTHWESTERN', timeZone: 'Europe/Moscow' },
  {
    code: '79',
    nameRu: 'Еврейская автономная область',
    nameEn: 'Jewish Autonomous Oblast',
    federalDistrict: 'FAR_EASTERN',
    timeZone: 'Asia/Vladivostok',
  },
  {
    code: '83',
    nameRu: 'Ненецкий автономный округ',
    nameEn: 'Nenets Autonomous Okrug',
    federalDistrict: 'NORTHWESTERN',
    timeZone: 'Europe/Moscow',
  },
  {
    code: '86',
    nameRu: 'Ханты-Мансийский автономный округ — Югра',
    nameEn: 'Khanty-Mansi Autonomous Okrug – Yugra',
    federalDistrict: 'URAL',
    timeZone: 'Asia/Yekaterinburg',
  },
  {
    code: '87',
    nameRu: 'Чукотский автономный округ',
    nameEn: 'Chukotka Autonomous Okrug',
    federalDistrict: 'FAR_EASTERN',
    timeZone: 'Asia/Anadyr',
  },
  {
    code: '89',
    nameRu: 'Ямало-Ненецкий автономный округ',
    nameEn: 'Yamalo-Nenets Autonomous Okrug',
    federalDistrict: 'URAL',
    timeZone: 'Asia/Yekaterinburg',
  },
  { code: '91', nameRu: 'Республика Крым', nameEn: 'Republic of Crimea', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Simferopol' },
  { code: '92', nameRu: 'Севастополь', nameEn: 'Sevastopol', federalDistrict: 'SOUTHERN', timeZone: 'Europe/Simferopol' },
];
