/** What the dashboards ask: the GraphQL operations of the benchmark, with the variables of each request. */

export const SCENARIO_IDS = [
  'ratings-today',
  'ratings-as-of',
  'deputy-rating',
  'analytics-category',
  'analytics-territory',
  'analytics-national-project',
  'analytics-week',
  'analytics-month',
  'analytics-day',
  'regions-overview',
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export type GraphQLRequest = Readonly<{ query: string; variables: Readonly<Record<string, unknown>> }>;

/** What a scenario's requests are drawn from. */
export type ScenarioContext = Readonly<{
  region: string;
  deputyIds: readonly string[];
  /** The first and last day of the seeded year (YYYY-MM-DD, in the region's time zone): the analytics range. */
  from: string;
  to: string;
  /** The past days a rating can be asked for (every day of the year before today). */
  pastDates: readonly string[];
  /** The number of deputies of the region: each ratings answer must list them all. */
  deputies: number;
}>;

export type Scenario = Readonly<{
  id: ScenarioId;
  /** Short label for tables and the chart. */
  label: string;
  /** The operation as a reader would write it, for the docs. */
  operation: string;
  request(random: () => number): GraphQLRequest;
  /** Why a successful answer is still wrong (e.g. an empty table), or null. */
  check(data: Readonly<Record<string, unknown>>): string | null;
}>;

const RATE = 'successes total rate interval { low high } shrunk';
const MEAN = 'count mean shrunk interval { low high }';
/** Every figure of a deputy's rating, the breakdown included: what the ratings screen shows. */
const RATING_FIELDS = `deputyId fullName regionCode ranked rank score received answered medianFirstResponseHours
  answeredShare { ${RATE} } deadlineCompliance { ${RATE} } firstResponseOnTarget { ${RATE} } resolutionRate { ${RATE} } reopenRate { ${RATE} }
  promptness { ${MEAN} } quality { ${MEAN} } attentiveness { ${MEAN} }
  feedback distinctVoters effectiveVoters flags breakdown { key weight value points }`;
const METHOD_FIELDS = 'minimumAnswered ratePriorWeight scorePriorWeight weights { key weight }';
const CELL_FIELDS = 'key nameRu nameEn suppressed submitted answered resolved overdue backlog medianResponseHours satisfaction feedback';

const DEPUTY_RATINGS = `query DeputyRatings($regionCode: String!, $asOf: String) {
  deputyRatings(regionCode: $regionCode, asOf: $asOf) {
    regionCode asOf
    ranked { ${RATING_FIELDS} }
    belowMinimumSample { ${RATING_FIELDS} }
    method { ${METHOD_FIELDS} }
  }
}`;
const DEPUTY_RATING = `query DeputyRating($deputyId: ID!) {
  deputyRating(deputyId: $deputyId) {
    asOf
    rating { ${RATING_FIELDS} }
    trend { month asOf score ranked rank answered }
    method { ${METHOD_FIELDS} }
  }
}`;
const REGIONAL_ANALYTICS = `query RegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {
  regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {
    regionCode from to groupBy k
    cells { ${CELL_FIELDS} }
    total { ${CELL_FIELDS} }
  }
}`;
const REGIONS_OVERVIEW = `query RegionsOverview($from: String!, $to: String!) {
  regionsOverview(from: $from, to: $to) {
    from to k
    regions { ${CELL_FIELDS} }
    total { ${CELL_FIELDS} }
  }
}`;

type Ratings = { ranked: unknown[]; belowMinimumSample: unknown[] };
type Table = { cells?: unknown[]; regions?: unknown[]; total: { submitted: number | null } };

/** The scenarios in their order of `SCENARIO_IDS`. */
export function scenarios(context: ScenarioContext): Scenario[] {
  const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];
  const ratingsCheck = (data: Readonly<Record<string, unknown>>): string | null => {
    const ratings = data.deputyRatings as Ratings | null;
    const listed = ratings ? ratings.ranked.length + ratings.belowMinimumSample.length : 0;
    return listed >= context.deputies ? null : `deputyRatings listed ${listed} deputies, expected ${context.deputies}`;
  };
  const tableCheck =
    (field: 'regionalAnalytics' | 'regionsOverview') =>
    (data: Readonly<Record<string, unknown>>): string | null => {
      const table = data[field] as Table | null;
      const cells = table?.cells ?? table?.regions ?? [];
      if (!table || cells.length === 0) return `${field} returned no cells`;
      return table.total.submitted ? null : `${field}: the total has no appeals (submitted ${table.total.submitted})`;
    };
  const analytics = (id: ScenarioId, groupBy: string): Scenario => ({
    id,
    label: `regionalAnalytics · ${groupBy}`,
    operation: `regionalAnalytics(regionCode: "${context.region}", from: <year ago>, to: <today>, groupBy: ${groupBy})`,
    request: () => ({ query: REGIONAL_ANALYTICS, variables: { regionCode: context.region, from: context.from, to: context.to, groupBy } }),
    check: tableCheck('regionalAnalytics'),
  });
  const all: Scenario[] = [
    {
      id: 'ratings-today',
      label: 'deputyRatings · today',
      operation: `deputyRatings(regionCode: "${context.region}") — every figure and the breakdown of all ${context.deputies} deputies`,
      request: () => ({ query: DEPUTY_RATINGS, variables: { regionCode: context.region } }),
      check: ratingsCheck,
    },
    {
      id: 'ratings-as-of',
      label: 'deputyRatings · asOf',
      operation: `deputyRatings(regionCode: "${context.region}", asOf: <a random day of the past year>) — the same fields`,
      request: (random) => ({ query: DEPUTY_RATINGS, variables: { regionCode: context.region, asOf: pick(context.pastDates, random) } }),
      check: ratingsCheck,
    },
    {
      id: 'deputy-rating',
      label: 'deputyRating · 12-month trend',
      operation: 'deputyRating(deputyId: <a random bench deputy>) — every figure, the breakdown and the 12-month trend',
      request: (random) => ({ query: DEPUTY_RATING, variables: { deputyId: pick(context.deputyIds, random) } }),
      check: (data) => {
        const detail = data.deputyRating as { trend: unknown[] } | null;
        return detail && detail.trend.length === 12
          ? null
          : `deputyRating returned ${detail?.trend.length ?? 'no'} trend points, expected 12`;
      },
    },
    analytics('analytics-category', 'CATEGORY'),
    analytics('analytics-territory', 'TERRITORY'),
    analytics('analytics-national-project', 'NATIONAL_PROJECT'),
    analytics('analytics-week', 'WEEK'),
    analytics('analytics-month', 'MONTH'),
    analytics('analytics-day', 'DAY'),
    {
      id: 'regions-overview',
      label: 'regionsOverview',
      operation: 'regionsOverview(from: <year ago>, to: <today>) — all 85 regions side by side (only 77 has appeals)',
      request: () => ({ query: REGIONS_OVERVIEW, variables: { from: context.from, to: context.to } }),
      check: tableCheck('regionsOverview'),
    },
  ];
  return all;
}
