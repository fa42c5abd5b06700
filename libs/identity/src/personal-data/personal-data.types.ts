import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Someone other than the voter read their contact details' })
export class PersonalDataAccess {
  @Field(() => String, { description: 'DEPUTY, ASSISTANT, MODERATOR' })
  readerRole!: string;

  @Field()
  purpose!: string;

  @Field(() => ID, { nullable: true })
  appealId!: string | null;

  @Field()
  accessedAt!: Date;
}

@ObjectType({ description: "The voter's own personal data, kept encrypted outside the event log" })
export class MyPersonalData {
  @Field({ description: 'True once erased: nothing below can be recovered' })
  erased!: boolean;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail or phone' })
  contact!: string | null;

  @Field(() => String, { nullable: true })
  postalAddress!: string | null;

  @Field(() => [PersonalDataAccess], { description: 'Who read these details, newest first' })
  accessLog!: PersonalDataAccess[];
}
