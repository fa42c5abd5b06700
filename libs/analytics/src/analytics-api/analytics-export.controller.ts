import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import { type Viewer, assertReachesRegion, reachesRegion } from '@app/identity/access/viewer';
import { type CsvColumn, csvHeaders, toCsv } from '@app/platform';
import { HttpErrorFilter } from '@app/platform/nest';
import { DomainError } from '@app/platform/errors/domain-error';
import { type ExportReply, assertRegionCode } from '@app/platform/export/export-request';
import { AnalyticsQueries, GROUP_BY, type GroupBy } from '../queries/analytics-queries';
import { toCells, toTotal } from './analytics.resolver';
import type { AnalyticsCell } from './analytics.types';

/** Suppressed figures are empty cells with `suppressed` = true, exactly as GraphQL returns them. */
const COLUMNS: readonly CsvColumn<AnalyticsCell>[] = [
  { header: 'key', value: (cell) => cell.key },
  { header: 'name_ru', value: (cell) => cell.nameRu },
  { header: 'name_en', value: (cell) => cell.nameEn },
  { header: 'suppressed', value: (cell) => cell.suppressed },
  { header: 'submitted', value: (cell) => cell.submitted },
  { header: 'answered', value: (cell) => cell.answered },
  { header: 'resolved', value: (cell) => cell.resolved },
  { header: 'overdue', value: (cell) => cell.overdue },
  { header: 'backlog', value: (cell) => cell.backlog },
  { header: 'median_response_hours', value: (cell) => cell.medianResponseHours },
  { header: 'satisfaction', value: (cell) => cell.satisfaction },
  { header: 'feedback', value: (cell) => cell.feedback },
];

/**
 * `GET /export/regional-analytics.csv?regionCode=66&from=…&to=…&groupBy=CATEGORY` and
 * `GET /export/regions-overview.csv?from=…&to=…`: the same tables as GraphQL, total last, bearer token as for GraphQL.
 */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class AnalyticsExportController {
  constructor(private readonly analytics: AnalyticsQueries) {}

  @Roles('ANALYST', 'MODERATOR')
  @Get('regional-analytics.csv')
  async regionalAnalytics(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) reply: ExportReply,
    @Query('regionCode') regionCode = '',
    @Query('from') from = '',
    @Query('to') to = '',
    @Query('groupBy') groupBy = '',
  ): Promise<string> {
    assertRegionCode(regionCode);
    if (!GROUP_BY.includes(groupBy as GroupBy))
      throw new DomainError('BAD_USER_INPUT', `groupBy must be one of ${GROUP_BY.join(', ')}`, { field: 'groupBy' });
    assertReachesRegion(viewer, regionCode);
    const table = await this.analytics.table([regionCode], from, to, groupBy as GroupBy);
    reply.headers(csvHeaders(`regional-analytics-${regionCode}-${groupBy.toLowerCase()}-${from}-${to}.csv`));
    return toCsv([...toCells(table), toTotal(table)], COLUMNS);
  }

  @Roles('ANALYST', 'MODERATOR')
  @Get('regions-overview.csv')
  async regionsOverview(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) reply: ExportReply,
    @Query('from') from = '',
    @Query('to') to = '',
  ): Promise<string> {
    const regions = (await this.analytics.regionCodes()).filter((code) => reachesRegion(viewer, code));
    const table = await this.analytics.table(regions, from, to, 'REGION');
    reply.headers(csvHeaders(`regions-overview-${from}-${to}.csv`));
    return toCsv([...toCells(table), toTotal(table)], COLUMNS);
  }
}
