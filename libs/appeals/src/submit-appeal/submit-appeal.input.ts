import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SubmitAppealInput {
  @Field(() => ID, { nullable: true, description: 'Repeat-safe id: resending it returns the first result' }) commandId?: string;
  @Field() regionCode!: string;
  @Field(() => ID) territoryId!: string;
  @Field(() => ID, { description: 'A subcategory, or a category' }) categoryId!: string;
  @Field({ description: '1–200 characters' }) subject!: string;
  @Field({ description: '1–10,000 characters' }) text!: string;
  @Field(() => ID, { nullable: true, description: 'Write to this deputy of your territory instead of the one routing picks' })
  addressedDeputyId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Photos uploaded with POST /attachments, at most 5 (see appealSubmissionRules)' })
  attachmentIds?: string[] | null;
  @Field({ description: 'Consent to the processing of personal data (152-ФЗ); required' }) consent!: boolean;
  @Field(() => String, { nullable: true, description: 'Kept encrypted outside the appeal history' }) name?: string | null;
  @Field(() => String, { nullable: true }) contact?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
}
