import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DeputyLevelEnum {
  STATE_DUMA = 'STATE_DUMA',
  REGIONAL = 'REGIONAL',
  MUNICIPAL = 'MUNICIPAL',
}
registerEnumType(DeputyLevelEnum, { name: 'DeputyLevel', description: 'State Duma, regional legislature, or municipal council' });

@ObjectType({ description: 'A federal subject of Russia' })
export class Region {
  @Field(() => ID, { description: 'Official two-digit code, e.g. "66"' }) code!: string;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field({ description: 'CENTRAL, NORTHWESTERN, SOUTHERN, NORTH_CAUCASIAN, VOLGA, URAL, SIBERIAN, FAR_EASTERN' }) federalDistrict!: string;
  @Field({ description: 'IANA time zone of the capital' }) timeZone!: string;
}

@ObjectType({ description: 'A municipality (or a Moscow administrative okrug) of a region' })
export class Territory {
  @Field(() => ID) id!: string;
  @Field() regionCode!: string;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field() kind!: string;
  @Field(() => Int, { description: 'Approximate population (order of magnitude)' }) populationApprox!: number;
}

@ObjectType({ description: 'A topic of appeals; subcategories have a parent and a first-response target' })
export class Category {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true, description: 'ЦУР practice: first response due within this many hours' }) firstResponseTargetHours!:
    number | null;
  @Field(() => ID, { nullable: true }) nationalProjectId!: string | null;
  @Field(() => [String], {
    description: 'Lower-case stems or phrases that suggest this category for an appeal text (a hint, not a classifier)',
  })
  keywords!: string[];
}

@ObjectType({ description: 'A national project («нацпроект»)' })
export class NationalProject {
  @Field(() => ID) id!: string;
  @Field() nameRu!: string;
  @Field() nameEn!: string;
  @Field() period!: string;
}

@ObjectType({ description: 'A deputy: their public record' })
export class Deputy {
  @Field(() => ID) id!: string;
  @Field() fullName!: string;
  @Field(() => DeputyLevelEnum) level!: DeputyLevelEnum;
  @Field() regionCode!: string;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => [ID]) territoryIds!: string[];
  @Field({ description: 'The "verified" mark: the record was checked against the official one' }) verified!: boolean;
}
