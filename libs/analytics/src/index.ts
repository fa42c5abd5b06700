import { AnalyticsReadModel1763900500000 } from './read-model/1763900500000-analytics-read-model';
import { AnalyticsVerdicts1763900900000 } from './read-model/1763900900000-analytics-verdicts';

/** The analytics read model's migrations, in the order of their timestamps. */
export const ANALYTICS_READ_MODEL_MIGRATIONS = [AnalyticsReadModel1763900500000, AnalyticsVerdicts1763900900000];
export { AnalyticsReadModel1763900500000, AnalyticsVerdicts1763900900000 };
export { AnalyticsProjection } from './read-model/analytics.projection';
export { AnalyticsQueries, type AnalyticsTable, type GroupBy } from './queries/analytics-queries';
