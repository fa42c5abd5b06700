import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { type CsvColumn, csvHeaders, toCsv } from '@app/platform';
import { HttpErrorFilter } from '@app/platform/nest';
import { type ExportReply, assertRegionCode } from '@app/platform/export/export-request';
import { COMPONENT_KEYS, type Interval, type MeanFigure, type RateFigure } from '../formulas/rating-formulas';
import { type DeputyRating, RatingQueries } from '../read-model/rating-queries';
import { assertReachesRegion } from '@app/identity/access/viewer';

const rate = (name: string, pick: (row: DeputyRating) => RateFigure): CsvColumn<DeputyRating>[] => [
  { header: `${name}_successes`, value: (row) => pick(row).successes },
  { header: `${name}_total`, value: (row) => pick(row).total },
  { header: name, value: (row) => round(pick(row).rate) },
  ...interval(name, (row) => pick(row).interval),
  { header: `${name}_shrunk`, value: (row) => round(pick(row).shrunk) },
];
const mean = (name: string, pick: (row: DeputyRating) => MeanFigure): CsvColumn<DeputyRating>[] => [
  { header: `${name}_count`, value: (row) => pick(row).count },
  { header: `${name}_mean`, value: (row) => round(pick(row).mean) },
  { header: `${name}_shrunk`, value: (row) => round(pick(row).shrunk) },
  ...interval(name, (row) => pick(row).interval),
];
const interval = (name: string, pick: (row: DeputyRating) => Interval | null): CsvColumn<DeputyRating>[] => [
  { header: `${name}_low`, value: (row) => round(pick(row)?.low ?? null) },
  { header: `${name}_high`, value: (row) => round(pick(row)?.high ?? null) },
];
const round = (value: number | null): number | null => (value === null ? null : Number(value.toFixed(4)));

/** The columns of the ratings CSV: every figure of the GraphQL rating, one deputy per line. */
export const RATING_COLUMNS: readonly CsvColumn<DeputyRating>[] = [
  { header: 'rank', value: (row) => row.rank },
  { header: 'deputy_id', value: (row) => row.deputyId },
  { header: 'full_name', value: (row) => row.fullName },
  { header: 'ranked', value: (row) => row.ranked },
  { header: 'score', value: (row) => row.score },
  { header: 'received', value: (row) => row.received },
  { header: 'answered', value: (row) => row.answered },
  { header: 'median_first_response_hours', value: (row) => row.medianFirstResponseHours },
  ...rate('answered_share', (row) => row.answeredShare),
  ...rate('deadline_compliance', (row) => row.deadlineCompliance),
  ...rate('first_response_on_target', (row) => row.firstResponseOnTarget),
  ...rate('resolution_rate', (row) => row.resolutionRate),
  ...rate('reopen_rate', (row) => row.reopenRate),
  ...mean('promptness', (row) => row.promptness),
  ...mean('quality', (row) => row.quality),
  ...mean('attentiveness', (row) => row.attentiveness),
  { header: 'feedback', value: (row) => row.feedback },
  { header: 'distinct_voters', value: (row) => row.distinctVoters },
  { header: 'effective_voters', value: (row) => round(row.effectiveVoters) },
  { header: 'flags', value: (row) => row.flags.join(' ') },
  ...COMPONENT_KEYS.map((key): CsvColumn<DeputyRating> => ({
    header: `points_${key.toLowerCase()}`,
    value: (row) => round(row.components.find((c) => c.key === key)?.points ?? null),
  })),
];

/** `GET /export/deputy-ratings.csv?regionCode=66&asOf=YYYY-MM-DD`: the ratings table, bearer token as for GraphQL. */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class RatingsExportController {
  constructor(private readonly ratings: RatingQueries) {}

  @Roles('ANALYST', 'MODERATOR')
  @Get('deputy-ratings.csv')
  async deputyRatings(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) reply: ExportReply,
    @Query('regionCode') regionCode?: string,
    @Query('asOf') asOf?: string,
  ): Promise<string> {
    assertRegionCode(regionCode);
    assertReachesRegion(viewer, regionCode);
    const result = await this.ratings.regionRatings(regionCode, asOf || null);
    reply.headers(csvHeaders(`deputy-ratings-${regionCode}-${result.asOf}.csv`));
    return toCsv(result.deputies, RATING_COLUMNS);
  }
}
