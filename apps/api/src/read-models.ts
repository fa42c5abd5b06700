import { ANALYTICS_READ_MODEL_MIGRATIONS } from '@app/analytics';
import { AnalyticsProjectionModule } from '@app/analytics/analytics.module';
import { AppealsProjectionModule } from '@app/appeals/appeals-api/appeals-api.module';
import { APPEALS_READ_MODEL_MIGRATIONS } from '@app/appeals/read-model-migrations';
import { RegistryProjectionModule } from '@app/appeals/registry/registry.module';
import { RatingsReadModel1763900400000 } from '@app/ratings';
import { RatingsProjectionModule } from '@app/ratings/ratings.module';

/**
 * Every read-model migration after the projector's own (run in the order of their timestamps). The API and the standalone projector run
 * the same list, so whichever starts first brings the schema up to date. A lib with a read model adds its
 * migration here and its projection module below.
 */
export const READ_MODEL_MIGRATIONS = [...APPEALS_READ_MODEL_MIGRATIONS, RatingsReadModel1763900400000, ...ANALYTICS_READ_MODEL_MIGRATIONS];

/** The projections the standalone projector runs (the API registers the same ones through its feature modules). */
export const PROJECTION_MODULES = [RegistryProjectionModule, AppealsProjectionModule, RatingsProjectionModule, AnalyticsProjectionModule];
