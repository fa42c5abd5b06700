import { graphql } from '../gql';

/** One cell of analytics, as the charts and tables show it. */
export const CELL_FIELDS = graphql(`
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
`);

export const REGIONAL_ANALYTICS_QUERY = graphql(`
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
`);

export const REGIONS_OVERVIEW_QUERY = graphql(`
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
`);
