import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegistryProjectionModule } from './read-model/registry-projection.module';
import { DemoSeeder } from '../demo/demo-seeder';
import { DefineCategoryHandler } from './define-category/define-category.handler';
import { DefineCategoryResolver } from './define-category/define-category.resolver';
import { DefineReferenceDataHandler } from './define-reference-data/define-reference-data.handler';
import { DefineTerritoryHandler } from './define-territory/define-territory.handler';
import { DefineTerritoryResolver } from './define-territory/define-territory.resolver';
import { ImportDeputiesHandler } from './import-deputies/import-deputies.handler';
import { RegisterDeputyHandler } from './register-deputy/register-deputy.handler';
import { RegisterDeputyResolver } from './register-deputy/register-deputy.resolver';
import { RegistryQueries } from './registry-queries';
import { RegistryQueriesResolver } from './registry-queries.resolver';
import { RegistrySeeder } from './registry-seeder';
import { SetRoutingRuleHandler } from './set-routing-rule/set-routing-rule.handler';
import { SetRoutingRuleResolver } from './set-routing-rule/set-routing-rule.resolver';
import { VerifyDeputyHandler } from './verify-deputy/verify-deputy.handler';
import { VerifyDeputyResolver } from './verify-deputy/verify-deputy.resolver';

/** Regions, territories, categories, national projects, deputies and routing: one folder per use case, wired here. */
@Module({
  imports: [RegistryProjectionModule],
  providers: [
    { provide: RegistryQueries, inject: [DataSource], useFactory: (dataSource: DataSource) => new RegistryQueries(dataSource) },
    RegistryQueriesResolver,
    RegisterDeputyHandler,
    RegisterDeputyResolver,
    VerifyDeputyHandler,
    VerifyDeputyResolver,
    SetRoutingRuleHandler,
    SetRoutingRuleResolver,
    DefineTerritoryHandler,
    DefineTerritoryResolver,
    DefineCategoryHandler,
    DefineCategoryResolver,
    DefineReferenceDataHandler,
    ImportDeputiesHandler,
    RegistrySeeder,
    DemoSeeder,
  ],
  exports: [RegistryQueries],
})
export class RegistryModule {}
