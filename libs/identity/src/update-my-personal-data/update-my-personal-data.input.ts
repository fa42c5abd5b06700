import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class UpdateMyPersonalDataInput {
  @Field(() => ID, { nullable: true, description: 'Repeat-safe id of this request' })
  commandId?: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => String, { nullable: true })
  postalAddress?: string | null;
}
