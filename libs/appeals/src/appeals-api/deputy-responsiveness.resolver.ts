import { Context, Field, Float, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { firstResponseHoursSql, medianFirstResponseHoursSql } from '../contract/figures';
import { OPEN_STATUSES } from '../domain/appeal-state';
import { Deputy } from '../registry/registry.types';

@ObjectType({ description: 'Public figures of how a deputy answers appeals (from all appeals ever assigned to them)' })
export class DeputyResponsiveness {
  @Field(() => Int) appealsReceived!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int, { description: 'Answered without an overdue mark' }) answeredOnTime!: number;
  @Field(() => Int, { description: 'Assigned, in progress, awaiting clarification or reopened' }) open!: number;
  @Field(() => Int) overdueNow!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Lower median of the hours from submission to the first response; an appeal still waiting counts as infinitely long, ' +
      'so null when fewer than half had a response (docs/ratings.md, "One definition for every screen")',
  })
  medianFirstResponseHours!: number | null;
}

type Context = { loaders?: Map<string, unknown> };

/**
 * Adds the public responsiveness figures to `deputy` and `deputies`, from the appeals read model: open is
 * `OPEN_STATUSES`, the median is the one definition of docs/ratings.md. A list of deputies costs one query,
 * not one per deputy: the figures are loaded together per request (DataLoader).
 */
@Resolver(() => Deputy)
export class DeputyResponsivenessResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DeputyResponsiveness)
  responsiveness(@Parent() deputy: Deputy, @Context() context: Context): Promise<DeputyResponsiveness> {
    context.loaders ??= new Map();
    let loader = context.loaders.get('responsiveness') as DataLoader<string, DeputyResponsiveness> | undefined;
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) => this.load(ids));
      context.loaders.set('responsiveness', loader);
    }
    return loader.load(deputy.id);
  }

  private async load(deputyIds: readonly string[]): Promise<DeputyResponsiveness[]> {
    const open = 'a.status = any($2)';
    const hours = firstResponseHoursSql({
      since: 'a.submitted_at',
      respondedAt: 'a.first_responded_at',
      responded: 'a.first_responded_at is not null',
      waiting: open,
    });
    const rows: Array<DeputyResponsiveness & { deputyId: string }> = await this.dataSource.query(
      `select d.id as "deputyId",
              count(a.appeal_id)::int as "appealsReceived",
              count(*) filter (where a.answer_count > 0)::int as answered,
              count(*) filter (where a.answer_count > 0 and not a.overdue)::int as "answeredOnTime",
              count(*) filter (where ${open})::int as open,
              count(*) filter (where a.overdue and ${open})::int as "overdueNow",
              ${medianFirstResponseHoursSql(hours)} as "medianFirstResponseHours"
         from unnest($1::text[]) as d(id)
         left join appeals a on a.deputy_id = d.id
        group by d.id`,
      [deputyIds, OPEN_STATUSES],
    );
    const byId = new Map(rows.map(({ deputyId, ...figures }) => [deputyId, figures]));
    return deputyIds.map((id) => byId.get(id)!);
  }
}
