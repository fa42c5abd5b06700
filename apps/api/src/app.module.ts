import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { type RuntimeConfig } from '@app/platform';
import { formatGraphQLError, PlatformModule } from '@app/platform/nest';
import { Logger } from '@nestjs/common';
import { AppealsApiModule } from '@app/appeals/appeals-api/appeals-api.module';
import { DeadlinesModule } from '@app/appeals/deadlines/deadlines.module';
import { RegistryModule } from '@app/appeals/registry/registry.module';
import { PersonalDataModule } from '@app/identity/personal-data/personal-data.module';
import { AuthModule } from './auth/auth.module';
import { READ_MODEL_MIGRATIONS } from '@app/read-models';
import { RatingsModule } from '@app/ratings/ratings.module';
import { AnalyticsModule } from '@app/analytics/analytics.module';
import { HealthModule } from './health/health.module';

const logger = new Logger('GraphQL');

/** The API process: GraphQL, health, and (PROJECTOR=embedded) the projector. */
@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, migrations: READ_MODEL_MIGRATIONS }),
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Apollo's landing page loads from a CDN; production serves the API only.
          playground: false,
          introspection: config.env !== 'production',
          context: ({ req }: { req: unknown }) => ({ req }),
          formatError: (formatted, error) =>
            formatGraphQLError(formatted, error, (e) => logger.error(e instanceof Error ? e.stack : String(e))),
        }),
        AuthModule,
        PersonalDataModule,
        RegistryModule,
        AppealsApiModule,
        RatingsModule,
        AnalyticsModule,
        DeadlinesModule,
        HealthModule,
      ],
    };
  }
}
