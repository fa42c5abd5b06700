import { randomUUID } from 'node:crypto';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '@app/identity/access/access.decorators';
import { CurrentViewer } from '@app/identity/access/current-viewer.decorator';
import type { Viewer } from '@app/identity/access/viewer';
import { DomainError } from '@app/platform/errors/domain-error';
import { RegistryCommands } from './registry-commands';
import { RegistryQueries } from './registry-queries';
import {
  Category,
  DefineCategoryInput,
  DefineTerritoryInput,
  Deputy,
  type DeputyLevelEnum,
  NationalProject,
  Region,
  RegisterDeputyInput,
  RoutingRuleResult,
  SetRoutingRuleInput,
  Territory,
  VerifyDeputyInput,
} from './registry.types';

const context = (viewer: Viewer, commandId: string | undefined) => ({
  commandId: commandId ?? randomUUID(),
  actorId: viewer.id,
  occurredAt: new Date().toISOString(),
});

/** The registry: public reference data and deputies; changes by ADMIN, each one an event. */
@Resolver()
export class RegistryResolver {
  constructor(
    private readonly queries: RegistryQueries,
    private readonly commands: RegistryCommands,
  ) {}

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

  @Roles('ADMIN')
  @Mutation(() => ID, { description: 'Registers a deputy; returns their id' })
  async registerDeputy(@CurrentViewer() viewer: Viewer, @Args('input') input: RegisterDeputyInput): Promise<string> {
    const deputyId = input.deputyId ?? randomUUID();
    await this.commands.registerDeputy(
      {
        deputyId,
        fullName: input.fullName.trim(),
        level: input.level,
        regionCode: input.regionCode,
        district: input.district ?? null,
        territoryIds: input.territoryIds,
      },
      context(viewer, input.commandId),
    );
    return deputyId;
  }

  @Roles('ADMIN')
  @Mutation(() => ID)
  async verifyDeputy(@CurrentViewer() viewer: Viewer, @Args('input') input: VerifyDeputyInput): Promise<string> {
    await this.commands.verifyDeputy(input.deputyId, context(viewer, input.commandId));
    return input.deputyId;
  }

  @Roles('ADMIN')
  @Mutation(() => RoutingRuleResult, {
    description: 'Who handles appeals of a territory (and category); the reason is kept in the history',
  })
  async setRoutingRule(@CurrentViewer() viewer: Viewer, @Args('input') input: SetRoutingRuleInput): Promise<RoutingRuleResult> {
    const rule = {
      ruleId: randomUUID(),
      regionCode: input.regionCode,
      territoryId: input.territoryId,
      categoryId: input.categoryId ?? null,
      deputyId: input.deputyId ?? null,
      reason: input.reason,
    };
    await this.commands.setRoutingRule(rule, context(viewer, input.commandId));
    return rule;
  }

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'Adds or changes a territory; returns how many definitions changed (0 if identical)' })
  defineTerritory(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineTerritoryInput): Promise<number> {
    const { commandId, kind, ...territory } = input;
    if (kind !== 'MUNICIPALITY' && kind !== 'ADMINISTRATIVE_OKRUG') {
      throw new DomainError('BAD_USER_INPUT', 'kind must be MUNICIPALITY or ADMINISTRATIVE_OKRUG', { field: 'kind' });
    }
    return this.commands.defineReferenceData({ territories: [{ ...territory, kind }] }, context(viewer, commandId));
  }

  @Roles('ADMIN')
  @Mutation(() => Int, { description: 'Adds or changes a category; returns how many definitions changed (0 if identical)' })
  defineCategory(@CurrentViewer() viewer: Viewer, @Args('input') input: DefineCategoryInput): Promise<number> {
    const { commandId, ...category } = input;
    return this.commands.defineReferenceData(
      {
        categories: [
          {
            ...category,
            parentId: category.parentId ?? null,
            firstResponseTargetHours: category.firstResponseTargetHours ?? null,
            nationalProjectId: category.nationalProjectId ?? null,
            keywords: category.keywords ?? [],
          },
        ],
      },
      context(viewer, commandId),
    );
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
