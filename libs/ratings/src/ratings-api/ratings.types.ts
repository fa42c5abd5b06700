import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ComponentKey, RatingFlag } from '../formulas/rating-formulas';

export enum RatingComponentEnum {
  ANSWERED = 'ANSWERED',
  DEADLINE = 'DEADLINE',
  FIRST_RESPONSE = 'FIRST_RESPONSE',
  RESOLUTION = 'RESOLUTION',
  NOT_REOPENED = 'NOT_REOPENED',
  SATISFACTION = 'SATISFACTION',
}
registerEnumType(RatingComponentEnum, { name: 'RatingComponent', description: 'A part of the composite score (docs/ratings.md)' });

export enum RatingFlagEnum {
  BELOW_MINIMUM_SAMPLE = 'BELOW_MINIMUM_SAMPLE',
  FEW_DISTINCT_VOTERS = 'FEW_DISTINCT_VOTERS',
  NO_FEEDBACK = 'NO_FEEDBACK',
}
registerEnumType(RatingFlagEnum, { name: 'RatingFlag' });

// Compile-time check that the GraphQL enums list exactly the formulas' keys and flags.
const _components: Record<ComponentKey, RatingComponentEnum> = RatingComponentEnum;
const _flags: Record<RatingFlag, RatingFlagEnum> = RatingFlagEnum;
void _components;
void _flags;

@ObjectType({ description: 'A 95% interval' })
export class Interval {
  @Field(() => Float) low!: number;
  @Field(() => Float) high!: number;
}

@ObjectType({ description: 'A share with its Wilson 95% interval and its value shrunk towards the regional rate' })
export class RateFigure {
  @Field(() => Int) successes!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: 'successes / total; null when total is 0' }) rate!: number | null;
  @Field(() => Interval, { nullable: true }) interval!: Interval | null;
  @Field(() => Float, { description: 'What enters the score: (successes + m·regional rate) / (total + m)' }) shrunk!: number;
}

@ObjectType({ description: 'A mean score (1–5) shrunk towards the regional mean, with its 95% interval' })
export class MeanFigure {
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Float) shrunk!: number;
  @Field(() => Interval) interval!: Interval;
}

@ObjectType({ description: 'How one component contributes to the score: points = 100 × weight × value' })
export class ScoreComponent {
  @Field(() => RatingComponentEnum) key!: ComponentKey;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: '0..1' }) value!: number;
  @Field(() => Float) points!: number;
}

@ObjectType({ description: "A deputy's effectiveness within their region as of a date" })
export class DeputyRating {
  @Field(() => ID) deputyId!: string;
  @Field() fullName!: string;
  @Field() regionCode!: string;
  @Field({ description: 'Ranked deputies have at least the minimum number of answered appeals' }) ranked!: boolean;
  @Field(() => Int, { nullable: true, description: 'Within the region; equal scores share a rank ("1224")' }) rank!: number | null;
  @Field(() => Float, { description: 'Composite 0–100 (provisional when not ranked)' }) score!: number;
  @Field(() => Int, { description: 'Appeals assigned to the deputy (each assignment counts)' }) received!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Unanswered appeals count as not yet responded: null when fewer than half got a response',
  })
  medianFirstResponseHours!: number | null;
  @Field(() => RateFigure) answeredShare!: RateFigure;
  @Field(() => RateFigure) deadlineCompliance!: RateFigure;
  @Field(() => RateFigure) firstResponseOnTarget!: RateFigure;
  @Field(() => RateFigure, { description: 'Voters who said the problem was solved, of those who gave feedback' })
  resolutionRate!: RateFigure;
  @Field(() => RateFigure) reopenRate!: RateFigure;
  @Field(() => MeanFigure) promptness!: MeanFigure;
  @Field(() => MeanFigure) quality!: MeanFigure;
  @Field(() => MeanFigure) attentiveness!: MeanFigure;
  @Field(() => Int) feedback!: number;
  @Field(() => Int) distinctVoters!: number;
  @Field(() => Float, { description: 'Inverse Simpson index of feedback per voter' }) effectiveVoters!: number;
  @Field(() => [RatingFlagEnum]) flags!: RatingFlag[];
  @Field(() => [ScoreComponent], { description: 'Why the score is what it is: one line per component' }) breakdown!: ScoreComponent[];
}

@ObjectType({ description: 'The method a rating was computed with (docs/ratings.md)' })
export class RatingMethodInfo {
  @Field(() => Int) minimumAnswered!: number;
  @Field(() => Int, { description: 'Pseudo-cases at the regional rate added to every rate' }) ratePriorWeight!: number;
  @Field(() => Int, { description: 'Pseudo-ratings at the regional mean added to every mean' }) scorePriorWeight!: number;
  @Field(() => [ScoreComponent], { description: 'The weights (value and points are 0)' }) weights!: ScoreComponent[];
}

@ObjectType()
export class DeputyRatings {
  @Field() regionCode!: string;
  @Field({ description: 'YYYY-MM-DD: the ratings as they stood at the end of this day in the region' }) asOf!: string;
  @Field(() => [DeputyRating], { description: 'By rank' }) ranked!: DeputyRating[];
  @Field(() => [DeputyRating], { description: 'Below the minimum sample: shown apart, by provisional score' })
  belowMinimumSample!: DeputyRating[];
  @Field(() => RatingMethodInfo) method!: RatingMethodInfo;
}

@ObjectType()
export class RatingTrendPoint {
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field({ description: 'The end of the month, or the asOf date for its month' }) asOf!: string;
  @Field(() => Float) score!: number;
  @Field() ranked!: boolean;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Int) answered!: number;
}

@ObjectType()
export class DeputyRatingDetail {
  @Field() asOf!: string;
  @Field(() => DeputyRating) rating!: DeputyRating;
  @Field(() => [RatingTrendPoint], { description: 'The score at the end of each of the last 12 months' }) trend!: RatingTrendPoint[];
  @Field(() => RatingMethodInfo) method!: RatingMethodInfo;
}
