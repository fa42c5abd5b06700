import { Field, Float, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Deputy } from '../registry/registry.types';

@ObjectType({ description: 'Public figures of how a deputy answers appeals (from all appeals ever assigned to them)' })
export class DeputyResponsiveness {
  @Field(() => Int) appealsReceived!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int, { description: 'Answered without an overdue mark' }) answeredOnTime!: number;
  @Field(() => Int, { description: 'Assigned, in progress, awaiting clarification or reopened' }) open!: number;
  @Field(() => Int) overdueNow!: number;
  @Field(() => Float, { nullable: true, description: 'Median hours from submission to the first response' }) medianFirstResponseHours!: number | null;
}

/** Adds the public responsiveness figures to `deputy` and `deputies`, from the appeals read model. */
@Resolver(() => Deputy)
export class DeputyResponsivenessResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => DeputyResponsiveness)
  async responsiveness(@Parent() deputy: Deputy): Promise<DeputyResponsiveness> {
    const [row] = await this.dataSource.query(
      `select count(*)::int as "appealsReceived",
              count(*) filter (where answer_count > 0)::int as answered,
              count(*) filter (where answer_count > 0 and not overdue)::int as "answeredOnTime",
              count(*) filter (where status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED'))::int as open,
              count(*) filter (where overdue and status in ('ASSIGNED', 'IN_PROGRESS', 'AWAITING_CLARIFICATION', 'REOPENED'))::int as "overdueNow",
              round((percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - submitted_at) / 3600))::numeric, 1)::float8
                as "medianFirstResponseHours"
         from appeals where deputy_id = $1`,
      [deputy.id],
    );
    return row;
  }
}
