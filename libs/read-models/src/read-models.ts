import { ANALYTICS_READ_MODEL_MIGRATIONS } from '@app/analytics';
import { AnalyticsProjectionModule } from '@app/analytics/read-model/analytics-projection.module';
import { APPEALS_READ_MODEL_MIGRATIONS } from '@app/appeals/read-model-migrations';
import { AppealsProjectionModule } from '@app/appeals/read-model/appeals-projection.module';
import { RegistryProjectionModule } from '@app/appeals/registry/read-model/registry-projection.module';
import type { MigrationClass } from '@app/platform';
import { RatingsReadModel1763900400000 } from '@app/ratings';
import { RatingsProjectionModule } from '@app/ratings/read-model/ratings-projection.module';

/**
 * Every read-model migration after the projector's own (run in the order of their timestamps). The API and the standalone projector run
 * the same list, so whichever starts first brings the schema up to date. A lib with a read model adds its
 * migration here and its projection module below.
 */
export const READ_MODEL_MIGRATIONS: readonly MigrationClass[] = [
  ...APPEALS_READ_MODEL_MIGRATIONS,
  RatingsReadModel1763900400000,
  ...ANALYTICS_READ_MODEL_MIGRATIONS,
];

/**
 * The projections the standalone projector runs (the API registers the same ones through its feature modules). Each module holds its
 * projection alone, so the projector loads no resolver, controller or image library.
 */
export const PROJECTION_MODULES = [RegistryProjectionModule, AppealsProjectionModule, RatingsProjectionModule, AnalyticsProjectionModule];
