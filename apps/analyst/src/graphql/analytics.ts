import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AnalyticsCell, GroupBy } from '../features/analytics/chart-rows';

const CELL_FIELDS = gql`
  fragment AnalystCellFields on AnalyticsCell {
    key
    nameRu
    nameEn
    suppressed
    submitted
    answered
    resolved
    overdue
    backlog
    medianResponseHours
    satisfaction
    feedback
  }
`;

export type RegionalAnalyticsData = {
  regionalAnalytics: Readonly<{
    regionCode: string;
    from: string;
    to: string;
    groupBy: GroupBy;
    k: number;
    cells: readonly AnalyticsCell[];
    total: AnalyticsCell;
  }>;
};

export const REGIONAL_ANALYTICS_QUERY: TypedDocumentNode<
  RegionalAnalyticsData,
  { regionCode: string; from: string; to: string; groupBy: GroupBy }
> = gql`
  query AnalystRegionalAnalytics($regionCode: String!, $from: String!, $to: String!, $groupBy: AnalyticsGroupBy!) {
    regionalAnalytics(regionCode: $regionCode, from: $from, to: $to, groupBy: $groupBy) {
      regionCode
      from
      to
      groupBy
      k
      cells {
        ...AnalystCellFields
      }
      total {
        ...AnalystCellFields
      }
    }
  }
  ${CELL_FIELDS}
`;

export type RegionsOverviewData = {
  regionsOverview: Readonly<{ from: string; to: string; k: number; regions: readonly AnalyticsCell[]; total: AnalyticsCell }>;
};

export const REGIONS_OVERVIEW_QUERY: TypedDocumentNode<RegionsOverviewData, { from: string; to: string }> = gql`
  query AnalystRegionsOverview($from: String!, $to: String!) {
    regionsOverview(from: $from, to: $to) {
      from
      to
      k
      regions {
        ...AnalystCellFields
      }
      total {
        ...AnalystCellFields
      }
    }
  }
  ${CELL_FIELDS}
`;
