import type { Client } from 'pg';
import { SURNAMES as DEMO_SURNAMES } from '@app/appeals/demo/demo-texts';
import { seededRandom, territoriesOfDeputies } from './seed-plan';

/** The bench deputies: deterministic ids and names, the busiest first (see `deputyShares`). */
export function benchDeputyId(index: number): string {
  return `bench-deputy-${String(index + 1).padStart(4, '0')}`;
}

// The demo's first 20 surnames: the bench's names stay as they were recorded.
const SURNAMES = DEMO_SURNAMES.slice(0, 20);
const MALE = ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил', 'Артём'];
const FEMALE = ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Анна', 'Мария', 'Светлана', 'Екатерина', 'Юлия'];
const PATRONYMICS = ['Александров', 'Сергеев', 'Викторов', 'Николаев', 'Владимиров', 'Петров', 'Андреев', 'Юрьев'];

type DeputySeeding = Readonly<{
  region: string;
  count: number;
  territories: ReadonlyArray<{ id: string; population: number }>;
  now: string;
}>;

/**
 * `count` deputies of the region (300 for region 77): the first 45 of the city duma, the rest municipal; one territory each;
 * a hidden "quality" that tilts their record, kept in the temporary table `bench_quality`.
 */
export async function insertDeputies(client: Client, { region, count, territories, now }: DeputySeeding): Promise<void> {
  const random = seededRandom(77);
  const territoryOf = territoriesOfDeputies(territories, count, random);
  const deputies = Array.from({ length: count }, (_, index) => {
    const female = random() < 0.4;
    const surname = SURNAMES[Math.floor(random() * SURNAMES.length)];
    const name = (female ? FEMALE : MALE)[Math.floor(random() * 10)];
    const patronymic = PATRONYMICS[Math.floor(random() * PATRONYMICS.length)];
    return {
      id: benchDeputyId(index),
      fullName: female ? `${surname}а ${name} ${patronymic}на` : `${surname} ${name} ${patronymic}ич`,
      level: index < 45 ? 'REGIONAL' : 'MUNICIPAL',
      district: index < 45 ? `Избирательный округ № ${index + 1}` : `Муниципальный округ № ${index - 44}`,
      territory: territoryOf[index],
      // −1..1: better deputies answer more, sooner, and are rated higher (so that the ranking has something to rank).
      quality: Math.round((random() * 2 - 1) * 1000) / 1000,
    };
  });
  await client.query(
    `insert into registry_deputies (deputy_id, full_name, level, region_code, district, territory_ids, registered_at, verified_at)
     select d.id, d.full_name, d.level, $2, d.district, array[d.territory], $3::timestamptz - interval '2 years', $3::timestamptz - interval '2 years' + interval '3 days'
       from jsonb_to_recordset($1::jsonb) as d(id text, full_name text, level text, district text, territory text)`,
    [
      JSON.stringify(
        deputies.map(({ id, fullName, level, district, territory }) => ({ id, full_name: fullName, level, district, territory })),
      ),
      region,
      now,
    ],
  );
  await client.query('create temp table bench_quality (deputy_id text primary key, quality float8 not null)');
  await client.query('insert into bench_quality select * from unnest($1::text[], $2::float8[])', [
    deputies.map((d) => d.id),
    deputies.map((d) => d.quality),
  ]);
}
