import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class DefineCategoryInput {
  @Field(() => ID, { nullable: true }) commandId?: string;
  @Field(() => ID, { description: 'e.g. "housing.elevators"; an existing id changes that category' }) id!: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true }) firstResponseTargetHours?: number | null;
  @Field(() => ID, { nullable: true }) nationalProjectId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Lower-case stems for suggesting this category' }) keywords?: string[] | null;
}
