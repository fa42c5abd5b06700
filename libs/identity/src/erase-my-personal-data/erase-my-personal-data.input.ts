import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class EraseMyPersonalDataInput {
  @Field(() => ID, { nullable: true, description: 'Repeat-safe id of this request' })
  commandId?: string;

  @Field({ description: 'Must be true: erasure cannot be undone' })
  confirm!: boolean;
}
