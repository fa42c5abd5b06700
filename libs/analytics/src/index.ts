export { AnalyticsReadModel1763900500000 } from './read-model/1763900500000-analytics-read-model';
export { AnalyticsProjection } from './read-model/analytics.projection';
export { AnalyticsQueries, type AnalyticsTable, type GroupBy } from './queries/analytics-queries';
