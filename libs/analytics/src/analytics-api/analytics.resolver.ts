import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import { type Viewer, assertReachesRegion, reachesRegion } from '@app/identity/access/viewer';
import { AnalyticsQueries, type AnalyticsTable, type GroupBy } from '../queries/analytics-queries';
import { AnalyticsCell, AnalyticsGroupByEnum, RegionalAnalytics, RegionsOverview } from './analytics.types';

/** Regional analytics for analysts and moderators, aggregates only, small cells suppressed. */
@Resolver()
export class AnalyticsResolver {
  constructor(private readonly analytics: AnalyticsQueries) {}

  @Roles('ANALYST', 'MODERATOR')
  @Query(() => RegionalAnalytics, {
    description: 'A region over a date range (whole days in its time zone, both ends included), by one dimension',
  })
  async regionalAnalytics(
    @CurrentViewer() viewer: Viewer,
    @Args('regionCode') regionCode: string,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD' }) to: string,
    @Args('groupBy', { type: () => AnalyticsGroupByEnum }) groupBy: GroupBy,
  ): Promise<RegionalAnalytics> {
    assertReachesRegion(viewer, regionCode);
    const table = await this.analytics.table([regionCode], from, to, groupBy);
    return { regionCode, from, to, groupBy, k: table.k, cells: toCells(table), total: toTotal(table) };
  }

  @Roles('ANALYST', 'MODERATOR')
  @Query(() => RegionsOverview, { description: 'The regions in your scope side by side over a date range' })
  async regionsOverview(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { description: 'YYYY-MM-DD' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD' }) to: string,
  ): Promise<RegionsOverview> {
    const table = await this.analytics.table(
      (await this.analytics.regionCodes()).filter((code) => reachesRegion(viewer, code)),
      from,
      to,
      'REGION',
    );
    return { from, to, k: table.k, regions: toCells(table), total: toTotal(table) };
  }
}

export function toCells(table: AnalyticsTable): AnalyticsCell[] {
  return table.cells.map((cell) => ({ key: cell.key, nameRu: cell.nameRu, nameEn: cell.nameEn, ...figures(cell) }));
}

export function toTotal(table: AnalyticsTable): AnalyticsCell {
  return { key: 'total', nameRu: 'Итого', nameEn: 'Total', ...figures(table.total) };
}

function figures(cell: AnalyticsTable['total']): Omit<AnalyticsCell, 'key' | 'nameRu' | 'nameEn'> {
  const f = cell.figures;
  return {
    suppressed: cell.suppressed,
    submitted: f?.submitted ?? null,
    answered: f?.answered ?? null,
    resolved: f?.resolved ?? null,
    overdue: f?.overdue ?? null,
    backlog: f?.backlog ?? null,
    medianResponseHours: f?.medianResponseHours ?? null,
    satisfaction: f?.satisfaction ?? null,
    feedback: f?.feedback ?? null,
  };
}
