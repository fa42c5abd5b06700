import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { GroupBy } from '../../libs/analytics/src/queries/analytics-queries';
import type { ScenarioContext, ScenarioId } from './scenarios';

type AnalyticsModule = typeof import('../../libs/analytics/src/queries/analytics-queries');
type RatingsModule = typeof import('../../libs/ratings/src/read-model/rating-queries');
type Libraries = Readonly<{ AnalyticsQueries: AnalyticsModule['AnalyticsQueries']; RatingQueries: RatingsModule['RatingQueries'] }>;

/**
 * The query classes from dist/, the build the API runs, not from the sources: those may have changed since
 * the build (someone editing them during the run), and the plans must be those of the SQL measured.
 */
function builtLibraries(root: string): Libraries {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const analytics = require(join(root, 'dist', 'libs', 'analytics', 'src', 'queries', 'analytics-queries.js')) as AnalyticsModule;
  const ratings = require(join(root, 'dist', 'libs', 'ratings', 'src', 'read-model', 'rating-queries.js')) as RatingsModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { AnalyticsQueries: analytics.AnalyticsQueries, RatingQueries: ratings.RatingQueries };
}

/** A plan node's share of a statement: its own time, children excluded (approximate for CTE scans, which run their CTE lazily). */
export type PlanNode = Readonly<{ node: string; exclusiveMs: number; rows: number; loops: number }>;

/** The statements of one kind a scenario's request ran: identical SQL text apart from its parameters. */
export type ExplainedStatement = Readonly<{
  /** The first words of the SQL. */
  statement: string;
  runs: number;
  executionMs: number;
  planningMs: number;
  /** Temporary files written (sorts and hashes that did not fit work_mem). */
  tempWrittenMiB: number;
  jitMs: number | null;
  /** The three plan nodes with the most time of their own, of the slowest run. */
  topNodes: readonly PlanNode[];
}>;

export type ExplainedScenario = Readonly<{
  scenario: ScenarioId;
  /** The library call that serves the scenario's request. */
  call: string;
  statements: number;
  /** Sum of the statements' execution times, as EXPLAIN ANALYZE measured them (with its own overhead). */
  sqlMs: number;
  /** The call's wall time with plain statements (no EXPLAIN): SQL, round trips and the library's own work. */
  callMs: number;
  kinds: readonly ExplainedStatement[];
}>;

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown[]>;
type PlanJson = {
  'Node Type': string;
  'Subplan Name'?: string;
  'CTE Name'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Strategy?: string;
  'Sort Space Type'?: string;
  'Actual Total Time'?: number;
  'Actual Loops'?: number;
  'Actual Rows'?: number;
  Plans?: PlanJson[];
};
type ExplainJson = {
  Plan: PlanJson;
  'Planning Time': number;
  'Execution Time': number;
  JIT?: { Timing?: { Total?: number } };
  'Temp Written Blocks'?: number;
};

/**
 * Serves one request of each scenario the way the API does, by calling the same built library code
 * (RatingQueries, AnalyticsQueries) on a connection of its own, once with plain statements (timed) and once with every statement
 * run under EXPLAIN (ANALYZE, BUFFERS): how much of a request is SQL, and where the SQL spends its time.
 */
export async function explainScenarios(
  root: string,
  databaseUrl: string,
  context: ScenarioContext,
  ids: readonly ScenarioId[],
): Promise<ExplainedScenario[]> {
  const libraries = builtLibraries(root);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plain: Query = async (sql, parameters = []) => (await client.query(sql, parameters)).rows as unknown[];
    const results: ExplainedScenario[] = [];
    for (const id of ids) {
      const call = CALLS[id](libraries, context);
      const started = performance.now();
      await call.run(plain);
      const callMs = performance.now() - started;
      const runs: Array<{ statement: string; explain: ExplainJson }> = [];
      const explaining: Query = async (sql, parameters = []) => {
        // Transaction control and settings (begin, set local …) cannot be explained: they run as they are.
        if (!/^\s*(select|with)\b/i.test(sql)) return plain(sql, parameters);
        const { rows } = await client.query<{ 'QUERY PLAN': ExplainJson[] }>(`explain (analyze, buffers, format json) ${sql}`, parameters);
        runs.push({ statement: sql.replace(/\s+/g, ' ').trim().slice(0, 70), explain: rows[0]['QUERY PLAN'][0] });
        return plain(sql, parameters);
      };
      await call.run(explaining);
      const kinds = [...groupBy(runs, (run) => run.statement)].map(([statement, group]): ExplainedStatement => {
        const slowest = group.reduce((a, b) => (b.explain['Execution Time'] > a.explain['Execution Time'] ? b : a));
        const jit = group.map((run) => run.explain.JIT?.Timing?.Total).filter((ms): ms is number => ms !== undefined);
        return {
          statement,
          runs: group.length,
          executionMs: round(sum(group.map((run) => run.explain['Execution Time']))),
          planningMs: round(sum(group.map((run) => run.explain['Planning Time']))),
          tempWrittenMiB: round((sum(group.map((run) => tempWritten(run.explain.Plan))) * 8) / 1024),
          jitMs: jit.length ? round(sum(jit)) : null,
          topNodes: exclusiveTimes(slowest.explain.Plan)
            .sort((a, b) => b.exclusiveMs - a.exclusiveMs)
            .slice(0, 3),
        };
      });
      results.push({
        scenario: id,
        call: call.name,
        statements: runs.length,
        sqlMs: round(sum(kinds.map((kind) => kind.executionMs))),
        callMs: round(callMs),
        kinds: kinds.sort((a, b) => b.executionMs - a.executionMs),
      });
    }
    return results;
  } finally {
    await client.end();
  }
}

type Call = Readonly<{ name: string; run(query: Query): Promise<unknown> }>;

/**
 * The library classes take a TypeORM DataSource but only call its query() and transaction(): one connection
 * does both here, so that every statement goes through `query`, the explaining one included.
 */
const asDataSource = (query: Query): DataSource => {
  const transaction = async (...args: unknown[]): Promise<unknown> => {
    const run = args[args.length - 1] as (manager: { query: Query }) => Promise<unknown>;
    const isolation = typeof args[0] === 'string' ? ` isolation level ${args[0]}` : '';
    await query(`begin${isolation}`);
    try {
      const result = await run({ query });
      await query('commit');
      return result;
    } catch (error) {
      await query('rollback');
      throw error;
    }
  };
  return { query, transaction } as unknown as DataSource;
};

const analytics =
  (groupBy: GroupBy) =>
  ({ AnalyticsQueries }: Libraries, context: ScenarioContext): Call => ({
    name: `AnalyticsQueries.table(["${context.region}"], "${context.from}", "${context.to}", "${groupBy}")`,
    run: (query) => new AnalyticsQueries(asDataSource(query)).table([context.region], context.from, context.to, groupBy),
  });

const CALLS: Readonly<Record<ScenarioId, (libraries: Libraries, context: ScenarioContext) => Call>> = {
  'ratings-today': ({ RatingQueries }, context) => ({
    name: `RatingQueries.regionRatings("${context.region}")`,
    run: (query) => new RatingQueries(asDataSource(query)).regionRatings(context.region),
  }),
  'ratings-as-of': ({ RatingQueries }, context) => {
    const asOf = context.pastDates[Math.floor(context.pastDates.length / 2)];
    return {
      name: `RatingQueries.regionRatings("${context.region}", "${asOf}")`,
      run: (query) => new RatingQueries(asDataSource(query)).regionRatings(context.region, asOf),
    };
  },
  'deputy-rating': ({ RatingQueries }, context) => {
    const deputyId = context.deputyIds[Math.floor(context.deputyIds.length / 2)];
    return {
      name: `RatingQueries.deputyRating("${deputyId}")`,
      run: (query) => new RatingQueries(asDataSource(query)).deputyRating(deputyId),
    };
  },
  'analytics-category': analytics('CATEGORY'),
  'analytics-territory': analytics('TERRITORY'),
  'analytics-national-project': analytics('NATIONAL_PROJECT'),
  'analytics-week': analytics('WEEK'),
  'analytics-month': analytics('MONTH'),
  'analytics-day': analytics('DAY'),
  'regions-overview': ({ AnalyticsQueries }, context) => ({
    name: `AnalyticsQueries.table(<all regions>, "${context.from}", "${context.to}", "REGION")`,
    run: async (query) => {
      const queries = new AnalyticsQueries(asDataSource(query));
      return queries.table(await queries.regionCodes(), context.from, context.to, 'REGION');
    },
  }),
};

/**
 * Each node's time without its children's: actual total time × loops, less the children's. A CTE runs lazily
 * inside the CTE Scans that read it, so its time is taken off those scans and not off the node it hangs under.
 */
export function exclusiveTimes(plan: PlanJson): PlanNode[] {
  const cteTotals = new Map<string, number>();
  const collect = (node: PlanJson): void => {
    if (node['Subplan Name']?.startsWith('CTE ')) cteTotals.set(node['Subplan Name'].slice(4), total(node));
    node.Plans?.forEach(collect);
  };
  collect(plan);
  const walk = (node: PlanJson): PlanNode[] => {
    const children = node.Plans ?? [];
    const inline = children.filter((child) => !child['Subplan Name']?.startsWith('CTE '));
    const cte = node['Node Type'] === 'CTE Scan' && node['CTE Name'] ? (cteTotals.get(node['CTE Name']) ?? 0) : 0;
    const own: PlanNode = {
      node: describe(node),
      exclusiveMs: round(Math.max(total(node) - sum(inline.map(total)) - cte, 0)),
      rows: node['Actual Rows'] ?? 0,
      loops: node['Actual Loops'] ?? 1,
    };
    return [own, ...children.flatMap(walk)];
  };
  return walk(plan);
}

const total = (node: PlanJson): number => (node['Actual Total Time'] ?? 0) * (node['Actual Loops'] ?? 1);

function describe(node: PlanJson): string {
  const parts = [node.Strategy && node['Node Type'] === 'Aggregate' ? `${node.Strategy} Aggregate` : node['Node Type']];
  if (node['CTE Name']) parts.push(node['CTE Name']);
  if (node['Subplan Name']) parts.push(`(${node['Subplan Name']})`);
  if (node['Index Name']) parts.push(`using ${node['Index Name']}`);
  if (node['Relation Name']) parts.push(`on ${node['Relation Name']}`);
  if (node['Sort Space Type'] === 'Disk') parts.push('(spilled to disk)');
  return parts.join(' ');
}

function tempWritten(plan: PlanJson & { 'Temp Written Blocks'?: number }): number {
  // Blocks are counted inclusively up the tree: the top node's count is the statement's.
  return plan['Temp Written Blocks'] ?? 0;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const round = (value: number): number => Math.round(value * 10) / 10;
