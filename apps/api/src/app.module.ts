import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { PlatformModule, type RuntimeConfig } from '@app/platform';
import { HealthModule } from './health/health.module';

/** The API process: GraphQL, health, and (PROJECTOR=embedded) the projector. */
@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config }),
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Apollo's landing page loads from a CDN; production serves the API only.
          playground: false,
          introspection: config.env !== 'production',
        }),
        HealthModule,
      ],
    };
  }
}
