import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/identity/access/access.decorators';
import { DomainError } from '@app/platform/errors/domain-error';
import { RegistryQueries } from './registry-queries';
import { Category, Deputy, type DeputyLevelEnum, NationalProject, Region, Territory } from './registry.types';

/** The registry's public reads: reference data and deputies (changes are use cases of their own, by ADMIN). */
@Resolver()
export class RegistryQueriesResolver {
  constructor(private readonly queries: RegistryQueries) {}

  @Public()
  @Query(() => [Region], { description: 'The regions of Russia' })
  regions(): Promise<Region[]> {
    return this.queries.regions();
  }

  @Public()
  @Query(() => [Territory], { description: 'Territories of a region' })
  async territories(@Args('regionCode') regionCode: string): Promise<Territory[]> {
    await this.requireRegion(regionCode);
    return this.queries.territories(regionCode);
  }

  @Public()
  @Query(() => [Category], { description: 'Categories and subcategories of appeals' })
  categories(): Promise<Category[]> {
    return this.queries.categories();
  }

  @Public()
  @Query(() => [NationalProject])
  nationalProjects(): Promise<NationalProject[]> {
    return this.queries.nationalProjects();
  }

  @Public()
  @Query(() => [Deputy], { description: 'Deputies of a region, optionally only those serving a territory' })
  async deputies(
    @Args('regionCode') regionCode: string,
    @Args('territoryId', { type: () => ID, nullable: true }) territoryId?: string,
  ): Promise<Deputy[]> {
    await this.requireRegion(regionCode);
    return (await this.queries.deputies(regionCode, territoryId)).map(asDeputy);
  }

  @Public()
  @Query(() => Deputy)
  async deputy(@Args('id', { type: () => ID }) id: string): Promise<Deputy> {
    const deputy = await this.queries.deputy(id);
    if (!deputy) throw new DomainError('NOT_FOUND', `No deputy ${id}`);
    return asDeputy(deputy);
  }

  private async requireRegion(regionCode: string): Promise<void> {
    if (!(await this.queries.regionExists(regionCode))) {
      throw new DomainError('BAD_USER_INPUT', `Unknown region "${regionCode}": use a two-digit code from regions`, { field: 'regionCode' });
    }
  }
}

function asDeputy(row: Awaited<ReturnType<RegistryQueries['deputy']>> & object): Deputy {
  return { ...row, level: row.level as DeputyLevelEnum };
}
