import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { GroupBy } from '../queries/analytics-queries';

export enum AnalyticsGroupByEnum {
  CATEGORY = 'CATEGORY',
  TERRITORY = 'TERRITORY',
  NATIONAL_PROJECT = 'NATIONAL_PROJECT',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsGroupByEnum, {
  name: 'AnalyticsGroupBy',
  description: 'CATEGORY groups by top-level topic; WEEK starts on Monday',
});
const _groups: Record<GroupBy, AnalyticsGroupByEnum> = AnalyticsGroupByEnum;
void _groups;

@ObjectType({
  description:
    'One cell of regional analytics: the appeals submitted in its period and dimension value, as they stood at the end of the range. A suppressed cell was built from fewer than k distinct voters (or hidden so that it cannot be recovered by subtraction): its figures are null, never zero.',
})
export class AnalyticsCell {
  @Field({
    description:
      'Category, territory or national project id ("-" for none), or the first day of the period (YYYY-MM-DD); "total" for the total',
  })
  key!: string;
  @Field(() => String, { nullable: true }) nameRu!: string | null;
  @Field(() => String, { nullable: true }) nameEn!: string | null;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) submitted!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, answered' }) answered!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Of them, the voter said the problem was solved; null when fewer than k voters gave a verdict',
  })
  resolved!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, an answer deadline was missed' }) overdue!: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, still open at the end of the range' }) backlog!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Lower median of the hours from submission to the first response as of the end of the range; an appeal still waiting counts as ' +
      'infinitely long, so null when fewer than half had a response, and null when fewer than k voters had one (docs/ratings.md)',
  })
  medianResponseHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean voter score, 1–5; null when fewer than k voters gave one' }) satisfaction!:
    number | null;
  @Field(() => Int, { nullable: true }) feedback!: number | null;
}

@ObjectType()
export class RegionalAnalytics {
  @Field() regionCode!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => AnalyticsGroupByEnum) groupBy!: GroupBy;
  @Field(() => Int, { description: 'Minimum distinct voters behind a shown cell' }) k!: number;
  @Field(() => [AnalyticsCell]) cells!: AnalyticsCell[];
  @Field(() => AnalyticsCell) total!: AnalyticsCell;
}

@ObjectType({ description: 'Regions side by side over a date range, each cell one region' })
export class RegionsOverview {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Int) k!: number;
  @Field(() => [AnalyticsCell]) regions!: AnalyticsCell[];
  @Field(() => AnalyticsCell, { description: 'The regions in your scope together' }) total!: AnalyticsCell;
}
