import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES } from '@app/identity/access/viewer';

export enum RoleEnum {
  VOTER = 'VOTER',
  DEPUTY = 'DEPUTY',
  ASSISTANT = 'ASSISTANT',
  MODERATOR = 'MODERATOR',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleEnum, { name: 'Role' });
// Keep the GraphQL enum and the domain's list in step.
if (Object.keys(RoleEnum).join() !== ROLES.join()) throw new Error('GraphQL Role enum differs from ROLES');

@ObjectType({ description: 'The signed-in user' })
export class ViewerType {
  @Field(() => ID, { description: 'Pseudonymous id (the token subject)' })
  id!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => ID, { nullable: true, description: 'DEPUTY: their deputy id; ASSISTANT: the deputy they act for' })
  deputyId!: string | null;

  @Field(() => [String], { description: 'MODERATOR, ANALYST: region codes, "*" for the whole country' })
  regions!: string[];
}
